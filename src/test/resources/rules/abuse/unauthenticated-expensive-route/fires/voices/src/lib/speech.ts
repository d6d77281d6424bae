import { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";

/** One client per call, with the key the Worker holds. */
export function speechClient(apiKey: string): ElevenLabsClient {
  return new ElevenLabsClient({ apiKey });
}
