import { CustomerService } from "@/lib/services/customer";
export async function GET({ locals, request }) {
  const { DB } = locals.runtime.env;
  const svc = new CustomerService(DB);
  const url = new URL(request.url);
  return Response.json(await svc.byEmail(url.searchParams.get("email")));
}
