export const App = ({ env }: { env: Env }) => <div onClick={() => env.KV.get("click")}>{"hi"}</div>;
