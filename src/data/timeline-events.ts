/** The timeline collection (content/timeline/), in display order, and events picked by id. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildOnce } from '../utils/build-once.ts';
import { compareEvents } from '../utils/timeline.ts';

type TimelineEvent = CollectionEntry<'timeline'>;

/** Timeline events in display order, oldest first. Sorted once per build; callers must not mutate the list. */
export const timelineEvents: () => Promise<TimelineEvent[]> = buildOnce(async () =>
	(await getCollection('timeline')).sort((a, b) => compareEvents(a.data, b.data)),
);

/** Picks events by id, in the order asked; an unknown id fails the build, naming the page. */
export function pickEvents(events: TimelineEvent[], ids: string[], citingPage: string): TimelineEvent[] {
	return ids.map((id) => {
		const event = events.find((entry) => entry.id === id);
		if (!event) throw new Error(`${citingPage}: unknown timeline event "${id}" (content/timeline/)`);
		return event;
	});
}
