import { Agent, callable } from "agents";

type Reminder = { id: string; text: string; dueAt: number };
type SessionMeta = { session: string; status: string; updatedAt: number };

// An Agent whose state lists gain an entry per call and never lose one: the state is one SQLite row.
export class Planner extends Agent<Env, { reminders: Reminder[]; sessions: Record<string, SessionMeta> }> {
  initialState = { reminders: [], sessions: {} };

  @callable()
  async remind(text: string, dueAt: number) {
    const reminder = { id: crypto.randomUUID(), text, dueAt };
    // expect: storage/unbounded-growth contains: appends to this.state.reminders (one more item per call)
    this.setState({ ...this.state, reminders: [...this.state.reminders, reminder] });
    return reminder;
  }

  @callable()
  async track(session: string, status: string) {
    const meta = { session, status, updatedAt: Date.now() };
    // expect: storage/unbounded-growth contains: adds a key to this.state.sessions
    this.setState({ ...this.state, sessions: { ...this.state.sessions, [session]: meta } });
  }
}
