/*
 * cues_fr.c - French event cues: data only (see struct ev_rules).
 */
#include "events.h"

static const struct ev_cue kinds[] = {
	/* partenariat */
	{ "partenariat*", DEAL_PARTNERSHIP, 1, NULL },
	{ "s'associe*", DEAL_PARTNERSHIP, 2, NULL },
	{ "s'allie*", DEAL_PARTNERSHIP, 2, NULL },
	{ "se sont associés", DEAL_PARTNERSHIP, 2, NULL },
	{ "se sont alliés", DEAL_PARTNERSHIP, 2, NULL },
	{ "unissent leurs forces", DEAL_PARTNERSHIP, 2, NULL },
	{ "alliance", DEAL_PARTNERSHIP, 1, NULL },
	{ "accord stratégique", DEAL_PARTNERSHIP, 2, NULL },
	{ "accord de collaboration", DEAL_PARTNERSHIP, 2, NULL },
	{ "protocole d'accord", DEAL_PARTNERSHIP, 2, NULL },
	{ "collaboration", DEAL_PARTNERSHIP, 1, NULL },
	{ "collaborer", DEAL_PARTNERSHIP, 1, NULL },
	{ "accord", DEAL_PARTNERSHIP, 0, NULL },
	{ "ensemble", DEAL_PARTNERSHIP, 0, NULL },
	{ "conjointement", DEAL_PARTNERSHIP, 1, NULL },
	{ "offre commune", DEAL_PARTNERSHIP, 1, NULL },
	{ "offre conjointe", DEAL_PARTNERSHIP, 1, NULL },
	{ "étend son partenariat", DEAL_PARTNERSHIP, 2, NULL },
	{ "étendent leur partenariat", DEAL_PARTNERSHIP, 2, NULL },
	/* coentreprise */
	{ "coentreprise*", DEAL_JV, 1, NULL },
	{ "co-entreprise*", DEAL_JV, 1, NULL },
	{ "joint-venture*", DEAL_JV, 1, NULL },
	{ "joint venture*", DEAL_JV, 1, NULL },
	{ "filiale commune", DEAL_JV, 1, NULL },
	{ "société commune", DEAL_JV, 1, NULL },
	{ "entreprise commune", DEAL_JV, 1, NULL },
	{ "créent une coentreprise", DEAL_JV, 2, NULL },
	{ "créer une coentreprise", DEAL_JV, 2, NULL },
	{ "créent une joint-venture", DEAL_JV, 2, NULL },
	{ "créer une joint-venture", DEAL_JV, 2, NULL },
	/* acquisition, fusion */
	{ "rachète", DEAL_ACQUISITION, 2, NULL },
	{ "racheter", DEAL_ACQUISITION, 2, NULL },
	{ "racheté", DEAL_ACQUISITION, 2, NULL },
	{ "rachat", DEAL_ACQUISITION, 1, NULL },
	{ "acquiert", DEAL_ACQUISITION, 2, NULL },
	{ "acquérir", DEAL_ACQUISITION, 2, NULL },
	{ "acquis", DEAL_ACQUISITION, 2, NULL },
	{ "acquisition*", DEAL_ACQUISITION, 1, NULL },
	{ "fusion", DEAL_ACQUISITION, 1, NULL },
	{ "fusionner", DEAL_ACQUISITION, 2, NULL },
	{ "prise de contrôle", DEAL_ACQUISITION, 2, NULL },
	{ "participation majoritaire", DEAL_ACQUISITION, 2, NULL },
	/* investissement */
	{ "investit", DEAL_INVESTMENT, 2, NULL },
	{ "investir", DEAL_INVESTMENT, 2, NULL },
	{ "investi", DEAL_INVESTMENT, 2, NULL },
	{ "investissement*", DEAL_INVESTMENT, 1, NULL },
	{ "levée de fonds", DEAL_INVESTMENT, 2, NULL },
	{ "lève", DEAL_INVESTMENT, 1, NULL },
	{ "tour de table", DEAL_INVESTMENT, 2, NULL },
	{ "participation minoritaire", DEAL_INVESTMENT, 2, NULL },
	/* contrat */
	{ "contrat*", DEAL_CONTRACT, 1, NULL },
	{ "a choisi", DEAL_CONTRACT, 2, NULL },
	{ "ont choisi", DEAL_CONTRACT, 2, NULL },
	{ "choisit", DEAL_CONTRACT, 2, NULL },
	{ "a sélectionné", DEAL_CONTRACT, 2, NULL },
	{ "sélectionne", DEAL_CONTRACT, 2, NULL },
	{ "retenu", DEAL_CONTRACT, 1, NULL },
	{ "retient", DEAL_CONTRACT, 2, NULL },
	{ "remporte", DEAL_CONTRACT, 2, NULL },
	{ "a remporté", DEAL_CONTRACT, 2, NULL },
	{ "appel d'offres", DEAL_CONTRACT, 1, NULL },
	{ "accord-cadre", DEAL_CONTRACT, 2, NULL },
	{ "accord pluriannuel", DEAL_CONTRACT, 2, NULL },
	{ "marché public", DEAL_CONTRACT, 1, NULL },
	/* lancement, disponibilité */
	{ "lance", DEAL_LAUNCH, 2, NULL },
	{ "lancent", DEAL_LAUNCH, 2, NULL },
	{ "lancé", DEAL_LAUNCH, 2, NULL },
	{ "lancer", DEAL_LAUNCH, 2, NULL },
	{ "lancement", DEAL_LAUNCH, 1, NULL },
	{ "dévoile*", DEAL_LAUNCH, 2, NULL },
	{ "disponible*", DEAL_LAUNCH, 1, NULL },
	{ "disponibilité", DEAL_LAUNCH, 1, NULL },
	{ "commercialisation", DEAL_LAUNCH, 1, NULL },
	{ "nouvelle offre", DEAL_LAUNCH, 1, NULL },
	{ "nouveau service", DEAL_LAUNCH, 1, NULL },
	{ "premiers services", DEAL_LAUNCH, 1, NULL },
	{ "premières offres", DEAL_LAUNCH, 1, NULL },
	{ "offre*", DEAL_LAUNCH, 0, NULL },
	{ "a ouvert", DEAL_LAUNCH, 0, NULL },
	{ "ouvre", DEAL_LAUNCH, 0, NULL },
	/* certification, qualification */
	{ "SecNumCloud", DEAL_CERTIFICATION, 2, "la qualification SecNumCloud" },
	{ "C5", DEAL_CERTIFICATION, 2, "l'attestation C5" },
	{ "ISO 27001", DEAL_CERTIFICATION, 2, "la certification ISO 27001" },
	{ "ISO/IEC 27001", DEAL_CERTIFICATION, 2, "la certification ISO 27001" },
	{ "HDS", DEAL_CERTIFICATION, 2, "la certification HDS" },
	{ "EUCS", DEAL_CERTIFICATION, 2, "la certification EUCS" },
	{ "certifié*", DEAL_CERTIFICATION, 2, NULL },
	{ "certification*", DEAL_CERTIFICATION, 1, NULL },
	{ "qualifié*", DEAL_CERTIFICATION, 2, NULL },
	{ "qualification*", DEAL_CERTIFICATION, 1, NULL },
	{ "homologation", DEAL_CERTIFICATION, 1, NULL },
	/* centre de données */
	{ "centre de données", DEAL_DATACENTER, 1, NULL },
	{ "centres de données", DEAL_DATACENTER, 1, NULL },
	{ "data center*", DEAL_DATACENTER, 1, NULL },
	{ "datacenter*", DEAL_DATACENTER, 1, NULL },
	{ "région cloud", DEAL_DATACENTER, 1, NULL },
	{ "région", DEAL_DATACENTER, 0, NULL },
	{ "ouvre un centre", DEAL_DATACENTER, 2, NULL },
	{ "ouvre un nouveau centre", DEAL_DATACENTER, 2, NULL },
	{ "ouvrir un centre", DEAL_DATACENTER, 2, NULL },
	{ "ouvrir un nouveau centre", DEAL_DATACENTER, 2, NULL },
	{ "inaugure*", DEAL_DATACENTER, 2, NULL },
	/* autorisation réglementaire */
	{ "feu vert", DEAL_APPROVAL, 2, NULL },
	{ "autorise*", DEAL_APPROVAL, 2, NULL },
	{ "autorisé*", DEAL_APPROVAL, 2, NULL },
	{ "autorisation*", DEAL_APPROVAL, 1, NULL },
	{ "approuvé*", DEAL_APPROVAL, 2, NULL },
	{ "approuve", DEAL_APPROVAL, 2, NULL },
	{ "Autorité de la concurrence", DEAL_APPROVAL, 2, NULL },
	/* fin, fermeture */
	{ "met fin", DEAL_TERMINATION, 2, NULL },
	{ "mettent fin", DEAL_TERMINATION, 2, NULL },
	{ "mettre fin", DEAL_TERMINATION, 2, NULL },
	{ "a mis fin", DEAL_TERMINATION, 2, NULL },
	{ "ont mis fin", DEAL_TERMINATION, 2, NULL },
	{ "fermeture", DEAL_TERMINATION, 1, NULL },
	{ "fermera", DEAL_TERMINATION, 2, NULL },
	{ "ferme son", DEAL_TERMINATION, 2, NULL },
	{ "ferme ses", DEAL_TERMINATION, 2, NULL },
	{ "fermer", DEAL_TERMINATION, 2, NULL },
	{ "résilie*", DEAL_TERMINATION, 2, NULL },
	{ "résiliation", DEAL_TERMINATION, 2, NULL },
	{ "arrêt", DEAL_TERMINATION, 1, NULL },
	{ "cesser", DEAL_TERMINATION, 2, NULL },
	{ "cessera", DEAL_TERMINATION, 2, NULL },
	{ NULL, 0, 0, NULL }
};

static const struct ev_cue status[] = {
	{ "abandonn*", ST_CANCELLED, 0, NULL },
	{ "annulé*", ST_CANCELLED, 0, NULL },
	{ "annule", ST_CANCELLED, 0, NULL },
	{ "renonce*", ST_CANCELLED, 0, NULL },
	{ "a renoncé", ST_CANCELLED, 0, NULL },
	{ "devrait", ST_PLANNED, 0, NULL },
	{ "devraient", ST_PLANNED, 0, NULL },
	{ "prévoit", ST_PLANNED, 0, NULL },
	{ "prévoient", ST_PLANNED, 0, NULL },
	{ "prévu*", ST_PLANNED, 0, NULL },
	{ "est attendu*", ST_PLANNED, 0, NULL },
	{ "sont attendu*", ST_PLANNED, 0, NULL },
	{ "d'ici", ST_PLANNED, 0, NULL },
	{ "sera", ST_PLANNED, 0, NULL },
	{ "seront", ST_PLANNED, 0, NULL },
	{ "va", ST_PLANNED, 0, NULL },
	{ "vont", ST_PLANNED, 0, NULL },
	{ "envisage*", ST_PLANNED, 0, NULL },
	{ "projette*", ST_PLANNED, 0, NULL },
	{ "ambitionne*", ST_PLANNED, 0, NULL },
	{ "entend", ST_PLANNED, 0, NULL },
	{ "à terme", ST_PLANNED, 0, NULL },
	{ "prochainement", ST_PLANNED, 0, NULL },
	{ "sous réserve", ST_PLANNED, 0, NULL },
	{ "projet de", ST_PLANNED, 0, NULL },
	{ "annonce*", ST_ANNOUNCED, 0, NULL },
	{ "a annoncé", ST_ANNOUNCED, 0, NULL },
	{ "ont annoncé", ST_ANNOUNCED, 0, NULL },
	{ "dévoile*", ST_ANNOUNCED, 0, NULL },
	{ "a signé", ST_DONE, 1, NULL },
	{ "ont signé", ST_DONE, 1, NULL },
	{ "espère*", ST_PLANNED, 0, NULL },
	{ "demande de qualification", ST_PLANNED, 0, NULL },
	{ "a déposé", ST_PLANNED, 0, NULL },
	{ "finalisé*", ST_DONE, 1, NULL },
	{ "finalise", ST_DONE, 1, NULL },
	{ "a finalisé", ST_DONE, 1, NULL },
	{ "est désormais disponible", ST_DONE, 1, NULL },
	{ "sont désormais disponibles", ST_DONE, 1, NULL },
	{ "a obtenu", ST_DONE, 0, NULL },
	{ "avoir obtenu", ST_DONE, 0, NULL },
	{ "ont obtenu", ST_DONE, 0, NULL },
	{ "avoir signé", ST_DONE, 0, NULL },
	{ "obtient", ST_DONE, 0, NULL },
	{ "a ouvert", ST_DONE, 0, NULL },
	{ "a lancé", ST_DONE, 0, NULL },
	{ "ont lancé", ST_DONE, 0, NULL },
	{ "a acquis", ST_DONE, 0, NULL },
	{ "a racheté", ST_DONE, 0, NULL },
	{ "a choisi", ST_DONE, 0, NULL },
	{ "a inauguré", ST_DONE, 0, NULL },
	{ "a investi", ST_DONE, 0, NULL },
	{ NULL, 0, 0, NULL }
};

static const char *const main_cues[] = {
	"a annoncé ce jour", "annonce ce jour", "annoncent ce jour",
	"ont annoncé ce jour", "annonce aujourd'hui", "annoncent aujourd'hui",
	"a annoncé aujourd'hui", "ont annoncé aujourd'hui",
	"dévoile aujourd'hui", "lance aujourd'hui", "signent aujourd'hui",
	"est heureux d'annoncer", "est heureuse d'annoncer",
	"sont heureux d'annoncer", "a le plaisir d'annoncer", NULL
};

static const char *const revenue[] = {
	"chiffre d'affaires", "résultat net", "résultat opérationnel",
	"bénéfice net", "perte nette", "EBITDA", "Ebitda", "revenus de",
	"ventes de", NULL
};

static const char *const boiler_heads[] = {
	"à propos", "a propos", "au sujet de", "l'auteur", "à propos de l'auteur",
	"contact", "contacts", "contact presse", "contacts presse",
	"contacts médias", "relations presse", "pour plus d'informations",
	"mentions légales", "avertissement", "déclarations prospectives",
	"abonnez-vous", "newsletter", "lire aussi", "à lire aussi",
	"sur le même sujet", "articles liés", "partager", "suivez-nous",
	"note aux rédactions", "mots-clés", NULL
};

static const char *const boiler_lines[] = {
	"tous droits réservés", "copyright", "abonnez-vous", "inscrivez-vous",
	"suivez-nous", "cookie*", "déclarations prospectives",
	"ce communiqué contient", "est journaliste", "est rédacteur",
	"est rédactrice", "est journaliste indépendant*", "crédit photo",
	"marque déposée", "marques déposées", "lire aussi", "lire la suite",
	"cliquez ici", "pour plus d'informations", "pour en savoir plus",
	"rendez-vous sur www", NULL
};

static const char *const anaphora[] = {
	"le groupe", "la société", "l'entreprise", "l'opérateur",
	"les deux groupes", "les deux entreprises", "les deux sociétés",
	"le fournisseur", NULL
};

static const char *const apposition[] = {
	"la", "le", "l'", "les", "un", "une", "sa", "son", "filiale",
	"coentreprise", "détenue par", "créée par", "maison mère",
	"société mère", NULL
};

static const char *const triggers[] = {
	"société", "entreprise", "start up", "startup", "jeune pousse",
	"groupe", "opérateur", "éditeur", "fournisseur", "hébergeur",
	"spécialiste", "licorne", "pépite", "fabricant", "constructeur",
	"intégrateur", "filiale", "scale up", NULL
};

static const char *const adjectives[] = {
	"française", "français", "allemand", "allemande", "américain",
	"américaine", "britannique", "espagnol", "espagnole", "italien",
	"italienne", "européen", "européenne", "suisse", "néerlandais",
	"néerlandaise", "belge", "canadien", "canadienne", "indien",
	"indienne", "japonais", "japonaise", "chinois", "chinoise",
	"israélien", "israélienne", "parisien", "parisienne", "tricolore",
	"souverain", "souveraine", "spécialisé", "spécialisée",
	"cloud", "tech", "jeune", NULL
};

static const char *const suffixes[] = {
	"SA", "SAS", "SARL", "SE", "Inc", "Ltd", "GmbH", "AG", "NV", "BV",
	"SpA", NULL
};

static const char *const nonames[] = {
	"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et",
	"en", "au", "aux", "a", "son", "sa", "ses", "leur", "selon", "ce",
	"cette", NULL
};

const struct ev_rules ev_rules_fr = {
	.code = "fr",
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
		[DEAL_PARTNERSHIP] = { "%1 s'associe à %r",
		    "%1 annonce un partenariat", "%1 va s'associer à %r",
		    "%1 prévoit un partenariat" },
		[DEAL_JV] = { "%a créent une coentreprise",
		    "%1 crée une coentreprise", "%a vont créer une coentreprise",
		    "%1 va créer une coentreprise" },
		[DEAL_ACQUISITION] = { "%1 rachète %r",
		    "%1 annonce une acquisition", "%1 va racheter %r",
		    "%1 prévoit une acquisition" },
		[DEAL_INVESTMENT] = { "%1 investit dans %r",
		    "%1 annonce un investissement", "%1 va investir dans %r",
		    "%1 prévoit un investissement" },
		[DEAL_CONTRACT] = { "%a signent un contrat", "%1 signe un contrat",
		    "%a vont signer un contrat", "%1 va signer un contrat" },
		[DEAL_LAUNCH] = { "%1 lance une offre avec %r",
		    "%1 lance une nouvelle offre", "%1 va lancer une offre avec %r",
		    "%1 va lancer une nouvelle offre" },
		[DEAL_CERTIFICATION] = { "%a obtiennent %c", "%1 obtient %c",
		    "%a visent %c", "%1 vise %c" },
		[DEAL_DATACENTER] = { "%1 ouvre un centre de données avec %r",
		    "%1 ouvre un centre de données",
		    "%1 va ouvrir un centre de données avec %r",
		    "%1 va ouvrir un centre de données" },
		[DEAL_APPROVAL] = { "%a obtiennent le feu vert des autorités",
		    "%1 obtient le feu vert des autorités",
		    "%a attendent le feu vert des autorités",
		    "%1 attend le feu vert des autorités" },
		[DEAL_TERMINATION] = { "%1 met fin à son accord avec %r",
		    "%1 annonce une fermeture",
		    "%1 va mettre fin à son accord avec %r",
		    "%1 prévoit une fermeture" },
		[DEAL_OTHER] = { "%a annoncent un accord", "%1 annonce un accord",
		    "%a prévoient un accord", "%1 prévoit un accord" },
	},
	.jv_named = { "%o créent la coentreprise %n",
	    "%o vont créer la coentreprise %n" },
	.and = " et ",
	.cancelled = "Abandonné : ",
	.cert_default = "une certification",
};
