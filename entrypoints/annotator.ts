// The annotator: detection, matching, painting and the card (controller.ts). Not in the manifest: the
// background injects it into the one frame where the detector (detector.ts) saw a likely article.
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startKontext } from './article.content/controller';

export default defineUnlistedScript(() => {
  // Its own context, as WXT gives a declared content script: an annotator injected later into the same
  // frame (an extension update) invalidates this one, and an orphaned one notices and cleans up. No
  // window.postMessage on start (as WXT's content scripts would send): the takeover uses WXT's document event.
  startKontext(new ContentScriptContext('annotator', { noScriptStartedPostMessage: true }));
});
