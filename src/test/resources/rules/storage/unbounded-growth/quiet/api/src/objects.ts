import { Actor, Persist } from "@cloudflare/actors";
import { Agent, callable } from "agents";

type Todo = { id: string; title: string; done: boolean };

// Todos are added and removed: the list follows what the user keeps.
export class TodoAgent extends Agent<Env, { todos: Todo[] }> {
  initialState = { todos: [] };

  @callable()
  async add(title: string) {
    const todo = { id: crypto.randomUUID(), title, done: false };
    this.setState({ ...this.state, todos: [...this.state.todos, todo] }); // quiet: remove() filters the same list
  }

  @callable()
  async remove(id: string) {
    this.setState({ ...this.state, todos: this.state.todos.filter((t) => t.id !== id) });
  }
}

type Post = { id: string; title: string; at: number };

// A feed that keeps the latest 50 small posts.
export class FeedAgent extends Agent<Env, { posts: Post[] }> {
  initialState = { posts: [] };

  @callable()
  async publish(title: string) {
    const post = { id: crypto.randomUUID(), title, at: Date.now() };
    this.setState({ ...this.state, posts: [...this.state.posts.slice(-49), post] }); // quiet: capped with slice(-49)
  }
}

// A persisted list trimmed to the last 100 visits.
export class VisitLog extends Actor<Env> {
  @Persist
  public history: { visits: number[] } = { visits: [] };

  async fetch(request: Request): Promise<Response> {
    this.history.visits.push(Date.now()); // quiet: shift() below keeps at most 100
    if (this.history.visits.length > 100) {
      this.history.visits.shift();
    }
    return Response.json({ visits: this.history.visits.length });
  }
}
