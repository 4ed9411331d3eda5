import {
  csvToListings,
  openActiveToListings,
  orukToListings,
  readOrukApi,
  xlsxToListings,
} from '@openyouth/convert';
import type { Listing } from '@openyouth/schema';
import type { ReceivedFeedItem } from '@openyouth/sdk';
import { request } from 'undici';
import type { AddressAllowance } from '../../address-policy.ts';
import { AggregatorError } from '../../errors.ts';
import { assertHostAllowed, createGuardedAgent } from '../../guarded-agent.ts';
import type { HarvestedItem, SourceConfig } from '../../store/types.ts';
import type { SourcePage, SourceReader } from '../types.ts';
import { rpdeReader } from './rpde-reader.ts';

const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;

/** Whole-source readers stamp items with the harvest time; the store ignores stamps on unchanged content. */
const stamped = (listing: Listing, now: Date): HarvestedItem => ({
  itemId: listing.id,
  state: 'updated',
  modified: String(now.getTime()),
  listing,
});

/**
 * OpenActive items become listings through the converter. An item that is not youth data (no
 * age range means adults only in OpenActive) is treated as deleted, so no earlier version lingers.
 */
export function openActiveItem(item: ReceivedFeedItem): HarvestedItem {
  const base = { itemId: item.id, modified: String(item.modified) };
  if (item.state === 'deleted') return { ...base, state: 'deleted' };
  // The harvester validates each page it stores, so the converter need not validate each item too.
  const [listing] = openActiveToListings(item.data, { validate: false }).listings;
  return listing ? { ...base, state: 'updated', listing } : { ...base, state: 'deleted' };
}

/** An Open Referral UK API, read whole: `/`, every page of `/services`, then each service. */
export function orukReader(allow: AddressAllowance, now: () => Date = () => new Date()): SourceReader {
  const dispatcher = createGuardedAgent(allow);
  return {
    fullSync: true,
    async *pages(source) {
      await assertHostAllowed(source.url, allow);
      const { services } = await readOrukApi(source.url, { dispatcher });
      const harvestTime = now();
      const baseUrl = source.url.endsWith('/') ? source.url : `${source.url}/`;
      // All services in one conversion: one validator run, not one per service (about 8× the cost).
      const { listings } = orukToListings(services, { baseUrl, now: harvestTime });
      const items = listings.map((listing) => stamped(listing, harvestTime));
      yield { items, position: source.url } satisfies SourcePage;
    },
  };
}

/** A spreadsheet (XLSX, or CSV of the listings sheet) at a URL, read whole each time. */
export function spreadsheetReader(allow: AddressAllowance, now: () => Date = () => new Date()): SourceReader {
  const dispatcher = createGuardedAgent(allow);
  return {
    fullSync: true,
    async *pages(source, signal) {
      await assertHostAllowed(source.url, allow);
      const response = await request(source.url, { dispatcher, signal });
      if (response.statusCode !== 200) {
        await response.body.dump();
        throw new Error(`${source.url} answered HTTP ${response.statusCode}, not 200.`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body) {
        size += chunk.length;
        if (size > MAX_SPREADSHEET_BYTES)
          throw new Error(`${source.url} is larger than ${MAX_SPREADSHEET_BYTES} bytes.`);
        chunks.push(chunk);
      }
      const file = Buffer.concat(chunks);
      const isXlsx = file.subarray(0, 2).toString('latin1') === 'PK';
      const { listings } = isXlsx
        ? await xlsxToListings(file)
        : csvToListings({ listings: file.toString('utf8') });
      const harvestTime = now();
      yield { items: listings.map((listing) => stamped(listing, harvestTime)), position: source.url };
    },
  };
}

/** The reader for a catalogue source's format. */
export function readerFor(source: SourceConfig, allow: AddressAllowance): SourceReader {
  switch (source.format) {
    case 'openyouth':
      return rpdeReader({ allow });
    case 'openactive':
      return rpdeReader({ allow, toItem: openActiveItem });
    case 'oruk':
      return orukReader(allow);
    case 'spreadsheet':
      return spreadsheetReader(allow);
    case 'api':
      throw new AggregatorError(
        'OY_ERR_NOT_HARVESTABLE',
        `The source ${source.id} holds listings providers write through the server's API: there is no feed to harvest.`,
      );
  }
}
