import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { NEWS_SITE_MATCHES } from '@/lib/page/news-sites';
import { startKontext } from './controller';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  // An article may sit in a same-site iframe; every frame detects for itself.
  allFrames: true,
  main(ctx) {
    startKontext(ctx);
  },
});
