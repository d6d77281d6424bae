import router from "./app";
import "../routes/summaries";
import "../routes/drafts";

export default router;
