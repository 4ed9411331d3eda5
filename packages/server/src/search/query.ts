import type { DayOfWeek } from './schedule.ts';

export type SortOrder = 'distance' | 'relevance';

/** A search, after the API has parsed it and turned a postcode into a point. */
export interface SearchQuery {
  near?: { lat: number; lng: number };
  /** Kilometres from `near`; 5 when not given. */
  radiusKm?: number;
  age?: number;
  category?: readonly string[];
  need?: readonly string[];
  day?: readonly DayOfWeek[];
  /** HH:MM */
  startsAfter?: string;
  /** HH:MM */
  endsBefore?: string;
  free?: boolean;
  selfReferral?: boolean;
  accessibility?: readonly string[];
  attendanceMode?: 'in-person' | 'online' | 'mixed';
  capacityStatus?: readonly string[];
  q?: string;
  /** Defaults to distance near a place, else relevance when there are words, else by name. */
  sort?: SortOrder;
  /** From 1. */
  page?: number;
  limit?: number;
}

export const DEFAULT_RADIUS_KM = 5;
export const DEFAULT_LIMIT = 20;
