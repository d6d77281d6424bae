import router from "../web/app";
import drafts from "../handlers/drafts";

router.get("/drafts/health", drafts.health);
router.post("/drafts", drafts.write);
