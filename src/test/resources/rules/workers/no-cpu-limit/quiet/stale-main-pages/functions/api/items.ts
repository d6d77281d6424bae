import { listItems } from "../../backend/items";

export const onRequestGet = async () => Response.json(await listItems());
