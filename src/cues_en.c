/*
 * cues_en.c - English event cues: data only (see struct ev_rules).
 */
#include "events.h"

static const struct ev_cue kinds[] = {
	/* partnership */
	{ "partnership*", DEAL_PARTNERSHIP, 1, NULL },
	{ "partners with", DEAL_PARTNERSHIP, 2, NULL },
	{ "partnered with", DEAL_PARTNERSHIP, 2, NULL },
	{ "partnering with", DEAL_PARTNERSHIP, 2, NULL },
	{ "partner with", DEAL_PARTNERSHIP, 2, NULL },
	{ "team up", DEAL_PARTNERSHIP, 2, NULL },
	{ "teams up", DEAL_PARTNERSHIP, 2, NULL },
	{ "teamed up", DEAL_PARTNERSHIP, 2, NULL },
	{ "join forces", DEAL_PARTNERSHIP, 2, NULL },
	{ "joined forces", DEAL_PARTNERSHIP, 2, NULL },
	{ "joins forces", DEAL_PARTNERSHIP, 2, NULL },
	{ "alliance", DEAL_PARTNERSHIP, 1, NULL },
	{ "strategic agreement", DEAL_PARTNERSHIP, 2, NULL },
	{ "collaboration agreement", DEAL_PARTNERSHIP, 2, NULL },
	{ "memorandum of understanding", DEAL_PARTNERSHIP, 2, NULL },
	{ "collaborate*", DEAL_PARTNERSHIP, 1, NULL },
	{ "collaboration", DEAL_PARTNERSHIP, 1, NULL },
	{ "agreement", DEAL_PARTNERSHIP, 0, NULL },
	{ "together", DEAL_PARTNERSHIP, 0, NULL },
	{ "the companies said", DEAL_PARTNERSHIP, 0, NULL },
	{ "jointly", DEAL_PARTNERSHIP, 1, NULL },
	{ "joint offer*", DEAL_PARTNERSHIP, 1, NULL },
	{ "joint solution*", DEAL_PARTNERSHIP, 1, NULL },
	{ "expands its partnership", DEAL_PARTNERSHIP, 2, NULL },
	{ "expand their partnership", DEAL_PARTNERSHIP, 2, NULL },
	/* joint venture */
	{ "joint venture*", DEAL_JV, 1, NULL },
	{ "joint-venture*", DEAL_JV, 1, NULL },
	{ "form a joint venture", DEAL_JV, 2, NULL },
	{ "create a joint venture", DEAL_JV, 2, NULL },
	{ "set up a joint venture", DEAL_JV, 2, NULL },
	{ "joint company", DEAL_JV, 1, NULL },
	/* acquisition, merger */
	{ "acquire", DEAL_ACQUISITION, 2, NULL },
	{ "acquires", DEAL_ACQUISITION, 2, NULL },
	{ "acquired", DEAL_ACQUISITION, 2, NULL },
	{ "acquiring", DEAL_ACQUISITION, 2, NULL },
	{ "acquisition*", DEAL_ACQUISITION, 1, NULL },
	{ "takeover", DEAL_ACQUISITION, 1, NULL },
	{ "take over", DEAL_ACQUISITION, 2, NULL },
	{ "takes over", DEAL_ACQUISITION, 2, NULL },
	{ "buy", DEAL_ACQUISITION, 2, NULL },
	{ "buys", DEAL_ACQUISITION, 2, NULL },
	{ "bought", DEAL_ACQUISITION, 2, NULL },
	{ "merger", DEAL_ACQUISITION, 1, NULL },
	{ "merge with", DEAL_ACQUISITION, 2, NULL },
	{ "merges with", DEAL_ACQUISITION, 2, NULL },
	{ "majority stake", DEAL_ACQUISITION, 2, NULL },
	/* investment */
	{ "invest", DEAL_INVESTMENT, 2, NULL },
	{ "invests", DEAL_INVESTMENT, 2, NULL },
	{ "invested", DEAL_INVESTMENT, 2, NULL },
	{ "investing", DEAL_INVESTMENT, 2, NULL },
	{ "investment*", DEAL_INVESTMENT, 1, NULL },
	{ "funding round", DEAL_INVESTMENT, 2, NULL },
	{ "minority stake", DEAL_INVESTMENT, 2, NULL },
	{ "funding", DEAL_INVESTMENT, 1, NULL },
	{ "series a", DEAL_INVESTMENT, 2, NULL },
	{ "series b", DEAL_INVESTMENT, 2, NULL },
	/* contract, customer win */
	{ "contract*", DEAL_CONTRACT, 1, NULL },
	{ "signed a deal", DEAL_CONTRACT, 2, NULL },
	{ "signs a deal", DEAL_CONTRACT, 2, NULL },
	{ "selected", DEAL_CONTRACT, 2, NULL },
	{ "selects", DEAL_CONTRACT, 2, NULL },
	{ "has chosen", DEAL_CONTRACT, 2, NULL },
	{ "chose", DEAL_CONTRACT, 2, NULL },
	{ "chooses", DEAL_CONTRACT, 2, NULL },
	{ "awarded", DEAL_CONTRACT, 2, NULL },
	{ "wins", DEAL_CONTRACT, 1, NULL },
	{ "won", DEAL_CONTRACT, 1, NULL },
	{ "tender", DEAL_CONTRACT, 1, NULL },
	{ "framework agreement", DEAL_CONTRACT, 2, NULL },
	{ "multi-year agreement", DEAL_CONTRACT, 2, NULL },
	/* launch, availability */
	{ "launch", DEAL_LAUNCH, 2, NULL },
	{ "launches", DEAL_LAUNCH, 2, NULL },
	{ "launched", DEAL_LAUNCH, 2, NULL },
	{ "launching", DEAL_LAUNCH, 2, NULL },
	{ "unveil*", DEAL_LAUNCH, 2, NULL },
	{ "rolls out", DEAL_LAUNCH, 2, NULL },
	{ "rolled out", DEAL_LAUNCH, 2, NULL },
	{ "roll out", DEAL_LAUNCH, 2, NULL },
	{ "general availability", DEAL_LAUNCH, 2, NULL },
	{ "generally available", DEAL_LAUNCH, 2, NULL },
	{ "now available", DEAL_LAUNCH, 2, NULL },
	{ "be available", DEAL_LAUNCH, 2, NULL },
	{ "become available", DEAL_LAUNCH, 2, NULL },
	{ "commercial availability", DEAL_LAUNCH, 2, NULL },
	{ "introduces", DEAL_LAUNCH, 2, NULL },
	{ "new offer*", DEAL_LAUNCH, 1, NULL },
	{ "new service*", DEAL_LAUNCH, 1, NULL },
	{ "cloud offer*", DEAL_LAUNCH, 1, NULL },
	{ "first offer*", DEAL_LAUNCH, 1, NULL },
	/* certification, qualification */
	{ "SecNumCloud", DEAL_CERTIFICATION, 2, "SecNumCloud qualification" },
	{ "C5", DEAL_CERTIFICATION, 2, "C5 attestation" },
	{ "ISO 27001", DEAL_CERTIFICATION, 2, "ISO 27001 certification" },
	{ "ISO/IEC 27001", DEAL_CERTIFICATION, 2, "ISO 27001 certification" },
	{ "HDS", DEAL_CERTIFICATION, 2, "HDS certification" },
	{ "EUCS", DEAL_CERTIFICATION, 2, "EUCS certification" },
	{ "certified", DEAL_CERTIFICATION, 2, NULL },
	{ "certification*", DEAL_CERTIFICATION, 1, NULL },
	{ "qualified", DEAL_CERTIFICATION, 2, NULL },
	{ "qualification*", DEAL_CERTIFICATION, 1, NULL },
	{ "accreditation", DEAL_CERTIFICATION, 1, NULL },
	/* data centre */
	{ "data center*", DEAL_DATACENTER, 1, NULL },
	{ "data centre*", DEAL_DATACENTER, 1, NULL },
	{ "datacenter*", DEAL_DATACENTER, 1, NULL },
	{ "datacentre*", DEAL_DATACENTER, 1, NULL },
	{ "cloud region*", DEAL_DATACENTER, 1, NULL },
	{ "opens a data*", DEAL_DATACENTER, 2, NULL },
	{ "opened a data*", DEAL_DATACENTER, 2, NULL },
	{ "open a data*", DEAL_DATACENTER, 2, NULL },
	{ "opens a new data*", DEAL_DATACENTER, 2, NULL },
	{ "opened a new data*", DEAL_DATACENTER, 2, NULL },
	{ "open a new data*", DEAL_DATACENTER, 2, NULL },
	{ "opens a cloud region", DEAL_DATACENTER, 2, NULL },
	{ "open a cloud region", DEAL_DATACENTER, 2, NULL },
	{ "opened a cloud region", DEAL_DATACENTER, 2, NULL },
	{ "region", DEAL_DATACENTER, 0, NULL },
	/* regulatory approval */
	{ "approved", DEAL_APPROVAL, 2, NULL },
	{ "approves", DEAL_APPROVAL, 2, NULL },
	{ "regulatory approval*", DEAL_APPROVAL, 2, NULL },
	{ "clearance", DEAL_APPROVAL, 2, NULL },
	{ "cleared", DEAL_APPROVAL, 2, NULL },
	{ "green light", DEAL_APPROVAL, 2, NULL },
	{ "authorised", DEAL_APPROVAL, 1, NULL },
	{ "authorized", DEAL_APPROVAL, 1, NULL },
	/* termination, closure */
	{ "terminate*", DEAL_TERMINATION, 2, NULL },
	{ "termination", DEAL_TERMINATION, 2, NULL },
	{ "ends its", DEAL_TERMINATION, 2, NULL },
	{ "ended its", DEAL_TERMINATION, 2, NULL },
	{ "end their", DEAL_TERMINATION, 2, NULL },
	{ "ended their", DEAL_TERMINATION, 2, NULL },
	{ "shut down", DEAL_TERMINATION, 2, NULL },
	{ "shuts down", DEAL_TERMINATION, 2, NULL },
	{ "close its", DEAL_TERMINATION, 2, NULL },
	{ "closes its", DEAL_TERMINATION, 2, NULL },
	{ "closed its", DEAL_TERMINATION, 2, NULL },
	{ "closure", DEAL_TERMINATION, 1, NULL },
	{ "will close", DEAL_TERMINATION, 1, NULL },
	{ "discontinue*", DEAL_TERMINATION, 2, NULL },
	{ "wind down", DEAL_TERMINATION, 2, NULL },
	{ "exit*", DEAL_TERMINATION, 1, NULL },
	{ NULL, 0, 0, NULL }
};

static const struct ev_cue status[] = {
	{ "called off", ST_CANCELLED, 0, NULL },
	{ "cancel*", ST_CANCELLED, 0, NULL },
	{ "abandon*", ST_CANCELLED, 0, NULL },
	{ "scrapped", ST_CANCELLED, 0, NULL },
	{ "withdrew", ST_CANCELLED, 0, NULL },
	{ "walked away", ST_CANCELLED, 0, NULL },
	{ "will", ST_PLANNED, 0, NULL },
	{ "plans to", ST_PLANNED, 0, NULL },
	{ "plan to", ST_PLANNED, 0, NULL },
	{ "planned", ST_PLANNED, 0, NULL },
	{ "planning to", ST_PLANNED, 0, NULL },
	{ "is expected", ST_PLANNED, 0, NULL },
	{ "are expected", ST_PLANNED, 0, NULL },
	{ "expected to", ST_PLANNED, 0, NULL },
	{ "intends to", ST_PLANNED, 0, NULL },
	{ "intend to", ST_PLANNED, 0, NULL },
	{ "aims to", ST_PLANNED, 0, NULL },
	{ "set to", ST_PLANNED, 0, NULL },
	{ "is to", ST_PLANNED, 0, NULL },
	{ "are to", ST_PLANNED, 0, NULL },
	{ "to be completed", ST_PLANNED, 0, NULL },
	{ "subject to", ST_PLANNED, 0, NULL },
	{ "would", ST_PLANNED, 0, NULL },
	{ "upcoming", ST_PLANNED, 0, NULL },
	{ "scheduled", ST_PLANNED, 0, NULL },
	{ "to acquire", ST_PLANNED, 0, NULL },
	{ "to buy", ST_PLANNED, 0, NULL },
	{ "intention to", ST_PLANNED, 0, NULL },
	{ "announce*", ST_ANNOUNCED, 0, NULL },
	{ "unveil*", ST_ANNOUNCED, 0, NULL },
	{ "signed", ST_DONE, 0, NULL },
	{ "completed", ST_DONE, 1, NULL },
	{ "completes", ST_DONE, 1, NULL },
	{ "has closed", ST_DONE, 1, NULL },
	{ "finalized", ST_DONE, 1, NULL },
	{ "finalised", ST_DONE, 1, NULL },
	{ "is now available", ST_DONE, 1, NULL },
	{ "are now available", ST_DONE, 1, NULL },
	{ "obtained", ST_DONE, 0, NULL },
	{ "has obtained", ST_DONE, 0, NULL },
	{ "has received", ST_DONE, 0, NULL },
	{ "received", ST_DONE, 0, NULL },
	{ "has signed", ST_DONE, 1, NULL },
	{ "has selected", ST_DONE, 1, NULL },
	{ "hopes to", ST_PLANNED, 0, NULL },
	{ "opened", ST_DONE, 0, NULL },
	{ "launched", ST_DONE, 0, NULL },
	{ "acquired", ST_DONE, 0, NULL },
	{ "selected", ST_DONE, 0, NULL },
	{ "has chosen", ST_DONE, 1, NULL },
	{ "invested", ST_DONE, 0, NULL },
	{ NULL, 0, 0, NULL }
};

static const char *const main_cues[] = {
	"today announced", "announced today", "today announces",
	"announces today", "today unveiled", "today launched",
	"today introduced", "today signed", "today said", "today revealed",
	"said today", "announced on", "said on",
	"is pleased to announce", "are pleased to announce",
	"is proud to announce", "are proud to announce", NULL
};

static const char *const revenue[] = {
	"revenue", "revenues", "turnover", "net income", "net profit",
	"net loss", "operating income", "EBITDA", "sales of", "in sales",
	"earnings", NULL
};

static const char *const boiler_heads[] = {
	"about", "about the author", "contact", "contacts", "press contact*",
	"media contact*", "investor contact*", "for more information",
	"notes to editors", "note to editors", "legal notice*", "disclaimer",
	"forward-looking statement*", "safe harbor", "subscribe*",
	"newsletter", "related articles", "related stories", "read more",
	"read also", "share this", "follow us", "tags", NULL
};

static const char *const boiler_lines[] = {
	"all rights reserved", "copyright", "subscribe to", "sign up for",
	"sign up to", "follow us", "cookie*", "forward-looking statements",
	"this press release contains", "is a journalist", "is a reporter",
	"is a senior reporter", "is an editor", "is a senior editor",
	"is a contributing editor", "is a freelance", "writes about",
	"photo credit", "registered trademark*", "trademarks of",
	"read also", "read more", "click here", "for more information",
	"for further information", "visit www", "available at www", NULL
};

static const char *const anaphora[] = {
	"the company", "the companies", "the two companies", "the group",
	"the operator", "the carrier",
	"the provider", "the firm", NULL
};

static const char *const apposition[] = {
	"the", "a", "an", "its", "part of", "owned by", "backed by",
	"parent of", "a unit of", "a subsidiary of", NULL
};

static const char *const triggers[] = {
	"startup", "start up", "scale up", "company", "firm", "provider",
	"operator", "carrier", "specialist", "vendor", "publisher", "maker",
	"unicorn", "subsidiary", "integrator", "manufacturer", NULL
};

static const char *const adjectives[] = {
	"french", "german", "american", "us", "british", "uk", "spanish",
	"italian", "european", "swiss", "dutch", "belgian", "canadian",
	"indian", "japanese", "chinese", "israeli", "nordic", "finnish",
	"swedish", "cloud", "tech", "software", "telecom", "telecoms",
	"cybersecurity", "ai", "hosting", "paris-based", "based", "young",
	"sovereign", "digital", NULL
};

static const char *const suffixes[] = {
	"Inc", "Corp", "Ltd", "LLC", "plc", "PLC", "GmbH", "AG", "SA", "SAS",
	"SE", "NV", "BV", "SpA", "AB", "ASA", "Oy", NULL
};

static const char *const nonames[] = {
	"the", "a", "an", "and", "of", "in", "on", "for", "with", "its",
	"their", "this", "that", "today", "according", NULL
};

const struct ev_rules ev_rules_en = {
	.code = "en",
	.kinds = kinds,
	.status = status,
	.main = main_cues,
	.revenue = revenue,
	.boiler_heads = boiler_heads,
	.boiler_lines = boiler_lines,
	.anaphora = anaphora,
	.apposition = apposition,
	.gaz = { triggers, adjectives, suffixes, nonames },
	.headline = {
		[DEAL_PARTNERSHIP] = { "%1 partners with %r",
		    "%1 announces a partnership", "%1 to partner with %r",
		    "%1 plans a partnership" },
		[DEAL_JV] = { "%a form a joint venture",
		    "%1 forms a joint venture", "%a to form a joint venture",
		    "%1 to form a joint venture" },
		[DEAL_ACQUISITION] = { "%1 acquires %r",
		    "%1 makes an acquisition", "%1 to acquire %r",
		    "%1 plans an acquisition" },
		[DEAL_INVESTMENT] = { "%1 invests in %r",
		    "%1 announces an investment", "%1 to invest in %r",
		    "%1 plans an investment" },
		[DEAL_CONTRACT] = { "%a sign a contract", "%1 signs a contract",
		    "%a to sign a contract", "%1 to sign a contract" },
		[DEAL_LAUNCH] = { "%1 launches an offer with %r",
		    "%1 launches a new offer", "%1 to launch an offer with %r",
		    "%1 to launch a new offer" },
		[DEAL_CERTIFICATION] = { "%a obtain %c", "%1 obtains %c",
		    "%a seek %c", "%1 seeks %c" },
		[DEAL_DATACENTER] = { "%1 opens a data centre with %r",
		    "%1 opens a data centre", "%1 to open a data centre with %r",
		    "%1 to open a data centre" },
		[DEAL_APPROVAL] = { "%a receive regulatory approval",
		    "%1 receives regulatory approval",
		    "%a await regulatory approval",
		    "%1 awaits regulatory approval" },
		[DEAL_TERMINATION] = { "%1 ends its deal with %r",
		    "%1 announces a closure", "%1 to end its deal with %r",
		    "%1 plans a closure" },
		[DEAL_OTHER] = { "%a announce a deal", "%1 announces a deal",
		    "%a plan a deal", "%1 plans a deal" },
	},
	.jv_named = { "%o form joint venture %n",
	    "%o to form joint venture %n" },
	.and = " and ",
	.cancelled = "Called off: ",
	.cert_default = "a certification",
};
