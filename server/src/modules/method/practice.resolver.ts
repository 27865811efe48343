import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { nestedLists, references } from '../content/nested.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Method } from './method.entity.js';
import { MethodParty, MethodPartyConnection } from './method-party.entity.js';
import { MethodPartyRole } from './practice.enums.js';

// Providers and municipalities follow their method's read rule: they are only reached through a readable method.
const partyLists = nestedLists(Method, {
  providers: { child: MethodParty, back: 'method', where: () => ({ role: MethodPartyRole.PROVIDER }) },
  municipalities: { child: MethodParty, back: 'method', where: () => ({ role: MethodPartyRole.MUNICIPALITY }) },
});

const partyRefs = references(MethodParty, { organisation: { target: Organisation, property: 'organisation' } });

@Resolver(() => Method)
export class MethodPracticeResolver {
  @FieldResolver(() => MethodPartyConnection, {
    description: 'Danish organisations or people who offer the method or train in it, in the editors’ order.',
  })
  providers(@Root() root: Method, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return partyLists.providers(ctx, root.id, args);
  }

  @FieldResolver(() => MethodPartyConnection, {
    description: 'Danish municipalities known to use the method, in the editors’ order.',
  })
  municipalities(@Root() root: Method, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return partyLists.municipalities(ctx, root.id, args);
  }
}

@Resolver(() => MethodParty)
export class MethodPartyResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation in Vidensbro, where the provider or municipality is one.',
  })
  organisation(@Root() root: MethodParty, @Ctx() ctx: Context) {
    return partyRefs.organisation(ctx, root);
  }
}
