// What the content script asks of the background: the page's knowledge (once an article is found)
// and single entities for the card, each asked once and kept until the reader's packs change.
import { browser } from 'wxt/browser';
import type { PageKnowledge } from '@/lib/knowledge/page-knowledge';
import type { Entity } from '@/lib/knowledge/types';

export class KnowledgeClient {
  private knowledge: Promise<PageKnowledge> | null = null;
  private readonly entities = new Map<string, Promise<Entity | null>>();

  page(): Promise<PageKnowledge> {
    // Sent as a JSON string: parsing it here is several times cheaper than structured-cloning the
    // index object across the message channel (bench: 2.5 ms against 20–300 ms).
    this.knowledge ??= browser.runtime.sendMessage({ type: 'cs:knowledge' }).then((k) => {
      if (typeof k !== 'string') throw new Error('the background sent no knowledge');
      return JSON.parse(k) as PageKnowledge;
    });
    return this.knowledge;
  }

  entity(id: string): Promise<Entity | null> {
    let e = this.entities.get(id);
    if (!e) {
      e = browser.runtime.sendMessage({ type: 'cs:entity', id }).then((r) => (r as Entity | null) ?? null);
      this.entities.set(id, e);
    }
    return e;
  }

  /** The reader's packs changed: ask again next time. */
  forget(): void {
    this.knowledge = null;
    this.entities.clear();
  }
}
