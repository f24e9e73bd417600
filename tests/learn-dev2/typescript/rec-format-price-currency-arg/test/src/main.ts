import { refundNotice } from "./refunds.js";

console.log(refundNotice({ orderId: "A-7731", currency: "SEK", cents: 12900, reason: "late" }));
