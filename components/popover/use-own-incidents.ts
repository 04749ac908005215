/**
 * The analyst's own incidents of an entity, for the card: asked of the background
 * (`own-incidents/lookup`) when a card opens, so a page never reads the database.
 * Until the answer comes, or if it never does (no background, an old one), none.
 */
import { useEffect, useState } from 'preact/hooks';
import { ask } from '@/adapters/messaging';
import type { ListedIncident } from '@/lib/own-incidents/listing';

const NONE: readonly ListedIncident[] = [];

export function useOwnIncidents(entityId: string, enabled: boolean): readonly ListedIncident[] {
  const [list, setList] = useState<{ id: string; incidents: readonly ListedIncident[] }>({ id: entityId, incidents: NONE });
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    let asked: Promise<unknown>;
    try {
      asked = ask({ type: 'own-incidents/lookup', entityId });
    } catch {
      return undefined;
    }
    asked.then(
      (r) => live && Array.isArray(r) && setList({ id: entityId, incidents: r as ListedIncident[] }),
      () => undefined,
    );
    return () => void (live = false);
  }, [entityId, enabled]);
  return list.id === entityId ? list.incidents : NONE;
}
