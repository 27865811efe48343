import { describe, expect, it } from 'vitest';
import { parseVideoLink } from './video-links.js';

describe('parseVideoLink', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?t=42', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42'],
    ['https://m.youtube.com/shorts/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://vimeo.com/76979871/abc123def0', 'https://player.vimeo.com/video/76979871?dnt=1&h=abc123def0'],
    ['https://player.vimeo.com/video/76979871?h=abc123', 'https://player.vimeo.com/video/76979871?dnt=1&h=abc123'],
    [
      'https://aarhus.23video.com/video/12345678/byraadsmoede',
      'https://aarhus.23video.com/v.ihtml/player.html?source=embed&photo_id=12345678',
    ],
    [
      'https://www.dreambroker.com/channel/ab12cd34/xy98zw76',
      'https://dreambroker.com/channel/ab12cd34/iframe/xy98zw76',
    ],
    [
      'https://www.kaltura.com/index.php/extwidget/preview/partner_id/1234/uiconf_id/5678/entry_id/1_abcd1234/embed/dynamic',
      'https://cdnapisec.kaltura.com/p/1234/sp/123400/embedIframeJs/uiconf_id/5678/partner_id/1234?iframeembed=true&entry_id=1_abcd1234',
    ],
  ])('embeds %s as %s', (link, embed) => {
    expect(parseVideoLink(link)?.embedUrl).toBe(embed);
  });

  it.each([
    'https://evil.example/watch?v=dQw4w9WgXcQ',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload',
    'javascript:alert(1)//youtube.com',
    'https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ',
    'https://vimeo.com/about',
    'https://evil.23video.com.example/video/1',
    'https://dreambroker.com/channel/ab12/../../x',
    'https://www.kaltura.com/index.php/partner_id/1/uiconf_id/2/entry_id/<x>',
    'not a url',
  ])('refuses %s', (link) => {
    expect(parseVideoLink(link)).toBeNull();
  });
});
