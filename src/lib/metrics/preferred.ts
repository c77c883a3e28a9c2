/**
 * Which of two sources' figures for one unit, metric and period is drawn: the publisher's own data file (imported
 * into `observations/indices/`, README *Published indices*) over a page that reprints it; otherwise the first in
 * file order. The other stays beside it in the tables.
 */
import type { Observation } from '../schema/observation.ts';

const PUBLISHER_FILES = 'observations/indices/';

export const isPublisherFile = (o: Observation): boolean => o.file.startsWith(PUBLISHER_FILES);

/** True when `next` should be drawn instead of `drawn`. */
export const drawsOver = (next: Observation, drawn: Observation): boolean => isPublisherFile(next) && !isPublisherFile(drawn);
