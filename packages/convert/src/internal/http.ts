import { type Dispatcher, request } from 'undici';
import { ConvertError } from '../errors.ts';

/** GET a JSON document; any failure is a ConvertError naming the URL. */
export async function getJson(url: URL, dispatcher: Dispatcher | undefined): Promise<unknown> {
  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, {
      headers: { accept: 'application/json' },
      ...(dispatcher ? { dispatcher } : {}),
    });
  } catch (cause) {
    throw new ConvertError(
      'OY_ERR_CONVERT_HTTP',
      `${url}: could not connect (${(cause as Error).message}). Check the address.`,
      {
        cause,
      },
    );
  }
  if (response.statusCode !== 200) {
    await response.body.dump();
    throw new ConvertError(
      'OY_ERR_CONVERT_HTTP',
      `${url}: answered HTTP ${response.statusCode}, not 200. Check the address.`,
    );
  }
  try {
    return await response.body.json();
  } catch (cause) {
    throw new ConvertError('OY_ERR_CONVERT_HTTP', `${url}: the answer is not JSON.`, { cause });
  }
}
