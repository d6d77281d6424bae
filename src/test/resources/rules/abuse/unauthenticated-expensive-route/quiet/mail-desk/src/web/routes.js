import router from "./app";
import "./security";
import "../routes/summaries";
import "../routes/drafts";

export default router;
