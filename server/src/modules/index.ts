/**
 * Every domain module, one line each: adding a module is its folder plus one line here. Only the dispatchers
 * (modules/registry.ts) read this list; domain code never imports it.
 */
export * as account from './account/account.module.js';
export * as alerts from './alerts/alerts.module.js';
export * as audit from './audit/audit.module.js';
export * as auth from './auth/auth.module.js';
export * as case from './case/case.module.js';
export * as content from './content/content.module.js';
export * as digest from './digest/digest.module.js';
export * as discussion from './discussion/discussion.module.js';
export * as event from './event/event.module.js';
export * as evidence from './evidence/evidence.module.js';
export * as facilitation from './facilitation/facilitation.module.js';
export * as gaps from './gaps/gaps.module.js';
export * as mail from './mail/mail.module.js';
export * as media from './media/media.module.js';
export * as member from './member/member.module.js';
export * as membership from './membership/membership.module.js';
export * as method from './method/method.module.js';
export * as notification from './notification/notification.module.js';
export * as organisation from './organisation/organisation.module.js';
export * as outcome from './outcome/outcome.module.js';
export * as privacy from './privacy/privacy.module.js';
export * as publishing from './publishing/publishing.module.js';
export * as registration from './registration/registration.module.js';
export * as report from './report/report.module.js';
export * as search from './search/search.module.js';
export * as share from './share/share.module.js';
export * as talk from './talk/talk.module.js';
export * as topic from './topic/topic.module.js';
export * as webhooks from './webhooks/webhooks.module.js';
