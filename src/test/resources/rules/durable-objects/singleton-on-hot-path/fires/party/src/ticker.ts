import PartySocket from "partysocket";

// A page without React: every visitor opens the same room through the plain client.
const socket = new PartySocket({
  host: location.host,
  party: "globe",
  // expect: durable-objects/singleton-on-hot-path contains: new PartySocket with the fixed room "lobby"
  room: "lobby",
});
socket.addEventListener("message", (event) => console.log(event.data));

// The same client, one room per match the page was opened for.
export function join(matchId: string) {
  return new PartySocket({ host: location.host, party: "globe", room: matchId }); // quiet: a room per match
}
