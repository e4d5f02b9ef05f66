#!/usr/bin/env python3
"""Write tests/timex/en.tsv and fr.tsv: the temporal tagger's cases.

Hand-written cases first (every shape the tagger claims), then generated
ones (every month name and abbreviation in each date layout). Run from the
repository root: python3 tools/timex_cases.py
"""
D = "2021-06-15"  # a Tuesday

EN = [
 # absolute days
 ("Orange signed the deal on 27 April 2020 in Paris.", D, "27 April 2020", "DATE", "2020-04-27"),
 ("The contract was signed on April 27, 2020.", D, "April 27, 2020", "DATE", "2020-04-27"),
 ("The filing is dated 27/04/2020 in the register.", D, "27/04/2020", "DATE", "2020-04-27"),
 ("The filing is dated 04/27/2020 in the register.", D, "04/27/2020", "DATE", "2020-04-27"),
 ("The record shows 2020-04-27 as the closing date.", D, "2020-04-27", "DATE", "2020-04-27"),
 ("Results arrive on Monday, March 3, 2025, before the market opens.", D, "Monday, March 3, 2025", "DATE", "2025-03-03"),
 ("The talks resumed on the 3rd of May 2019.", D, "3rd of May 2019", "DATE", "2019-05-03"),
 ("Bids closed Jan. 6, 2020, after a long process.", D, "Jan. 6, 2020", "DATE", "2020-01-06"),
 ("Service started Sept. 1, 2021 in three regions.", D, "Sept. 1, 2021", "DATE", "2021-09-01"),
 ("The partnership began on 1 May 2021.", D, "1 May 2021", "DATE", "2021-05-01"),
 ("The lab opened on May 1st, 2021.", D, "May 1st, 2021", "DATE", "2021-05-01"),
 ("It happened on February 29, 2024.", D, "February 29, 2024", "DATE", "2024-02-29"),
 ("A leap day, 29 February 2024, was chosen.", D, "29 February 2024", "DATE", "2024-02-29"),
 # days without a year
 ("The board met on May 3 to approve the plan.", D, "May 3", "DATE", "2021-05-03"),
 ("The service will open on 20 July.", D, "20 July", "DATE", "2021-07-20"),
 ("The offer will end December 31.", D, "December 31", "DATE", "2021-12-31"),
 ("The offer ended on January 10.", "2021-02-01", "January 10", "DATE", "2021-01-10"),
 ("The filing came on March 12.", "2021-02-16", "March 12", "DATE", "2021-03-12"),
 ("The auction is set for Feb. 10.", "2020-01-07", "Feb. 10", "DATE", "2020-02-10"),
 ("The board met on May 3 to approve the plan.", "-", "May 3", "DATE", "XXXX-05-03"),
 # months
 ("Bleu was announced in May 2021.", D, "May 2021", "DATE", "2021-05"),
 ("The JV was formed in October of 2021.", D, "October of 2021", "DATE", "2021-10"),
 ("Orange left the market in March, 2020.", D, "March, 2020", "DATE", "2020-03"),
 ("The pilot will end in March.", D, "March", "DATE", "2022-03"),
 ("The pilot ended in March.", D, "March", "DATE", "2021-03"),
 ("The regulator will rule in September.", D, "September", "DATE", "2021-09"),
 ("The regulator ruled in September.", "-", "September", "DATE", "XXXX-09"),
 ("Prices rose in late November.", "2000-04-05", "late November", "DATE", "1999-11", "END"),
 ("The site opens in early July.", D, "early July", "DATE", "2021-07", "START"),
 ("The service launched in mid-April 2021.", D, "mid-April 2021", "DATE", "2021-04", "MID"),
 # years
 ("Flexible Engine opened in 2017.", D, "2017", "DATE", "2017"),
 ("Since 2016, the cloud has grown.", D, "2016", "DATE", "2016"),
 ("The plan covers the period between 2021 and 2023.", D, "2021", "DATE", "2021"),
 ("The plan covers the period between 2021 and 2023.", D, "2023", "DATE", "2023"),
 ("It grew from 2018 to 2020.", D, "2020", "DATE", "2020"),
 ("The 2019 results were strong.", D, "2019", "DATE", "2019"),
 ("Revenue in 2022 rose by a tenth.", D, "2022", "DATE", "2022"),
 # periods
 ("Sales rose in Q4 2022 across Europe.", D, "Q4 2022", "DATE", "2022-Q4"),
 ("The fourth quarter of 2022 was strong.", D, "fourth quarter of 2022", "DATE", "2022-Q4"),
 ("Third-quarter profit rose.", "1989-10-25", "Third-quarter", "DATE", "1989-Q3"),
 ("The service will open in the first quarter.", D, "first quarter", "DATE", "2022-Q1"),
 ("Growth slowed this quarter.", D, "this quarter", "DATE", "2021-Q2"),
 ("Growth slowed last quarter.", D, "last quarter", "DATE", "2021-Q1"),
 ("Margins will improve next quarter.", D, "next quarter", "DATE", "2021-Q3"),
 ("Deliveries are planned for H1 2024.", D, "H1 2024", "DATE", "2024-H1"),
 ("Deliveries are planned for the first half of 2024.", D, "first half of 2024", "DATE", "2024-H1"),
 ("Costs fell in the second half of 2020.", D, "second half of 2020", "DATE", "2020-H2"),
 ("The launch slipped to autumn 2021.", D, "autumn 2021", "DATE", "2021-FA"),
 ("The launch slipped to fall 2021.", D, "fall 2021", "DATE", "2021-FA"),
 ("Trials ran in the summer of 2020.", D, "summer of 2020", "DATE", "2020-SU"),
 ("The region opens in spring 2023.", D, "spring 2023", "DATE", "2023-SP"),
 ("Prices fell in winter 2022.", D, "winter 2022", "DATE", "2022-WI"),
 ("Shipments begin this summer.", D, "this summer", "DATE", "2021-SU"),
 ("The market grew in the 2010s.", D, "2010s", "DATE", "201X"),
 ("Telecoms changed in the 1990s.", D, "1990s", "DATE", "199X"),
 ("Clouds will dominate the 21st century.", D, "21st century", "DATE", "20"),
 # modifiers
 ("Qualification is expected in mid-2023.", D, "mid-2023", "DATE", "2023", "MID"),
 ("The offer arrives in early 2024.", D, "early 2024", "DATE", "2024", "START"),
 ("The data centre closes in late 2025.", D, "late 2025", "DATE", "2025", "END"),
 ("The merger closes by the end of the year.", D, "the end of the year", "DATE", "2021", "END"),
 ("Work starts at the beginning of 2022.", D, "the beginning of 2022", "DATE", "2022", "START"),
 ("Talks stalled at the end of 2019.", D, "the end of 2019", "DATE", "2019", "END"),
 ("Traffic peaked around 2020.", D, "2020", "DATE", "2020", "APPROX"),
 ("The network was built in the late 1990s.", D, "the late 1990s", "DATE", "199X", "END"),
 # relative
 ("Orange today announced a partnership.", D, "today", "DATE", "2021-06-15"),
 ("Orange announced the deal yesterday.", D, "yesterday", "DATE", "2021-06-14"),
 ("The board meets tomorrow.", D, "tomorrow", "DATE", "2021-06-16"),
 ("Sales fell last year.", D, "last year", "DATE", "2020"),
 ("Sales will rise next year.", D, "next year", "DATE", "2022"),
 ("Sales are up this year.", D, "this year", "DATE", "2021"),
 ("The lab opens next month.", D, "next month", "DATE", "2021-07"),
 ("The lab opened last month.", D, "last month", "DATE", "2021-05"),
 ("Traffic doubled this month.", D, "this month", "DATE", "2021-06"),
 ("The deal closed last week.", D, "last week", "DATE", "2021-W23"),
 ("The deal closes next week.", D, "next week", "DATE", "2021-W25"),
 ("The lab opens in two weeks.", D, "two weeks", "DATE", "2021-W26"),
 ("The service launches in three months.", D, "three months", "DATE", "2021-09"),
 ("The firm was founded two years ago.", D, "two years ago", "DATE", "2019"),
 ("Orange left the venture over a year ago.", D, "a year ago", "DATE", "2020"),
 ("The outage happened three days ago.", D, "three days ago", "DATE", "2021-06-12"),
 ("A year earlier, profit was lower.", D, "A year earlier", "DATE", "2020"),
 ("The board approved it on Monday.", D, "Monday", "DATE", "2021-06-14"),
 ("The board approved it on Friday.", D, "Friday", "DATE", "2021-06-11"),
 ("The board will vote on Friday.", D, "Friday", "DATE", "2021-06-18"),
 ("The talks resume next Monday.", D, "next Monday", "DATE", "2021-06-21"),
 ("The regulator spoke last Friday.", D, "last Friday", "DATE", "2021-06-11"),
 ("The board approved it on Monday.", "-", "Monday", "DATE", "XXXX-WXX-1"),
 ("Sales fell last year.", "-", "last year", "DATE", "PAST_REF"),
 ("The lab opens next month.", "-", "next month", "DATE", "FUTURE_REF"),
 ("Orange is now the leader.", D, "now", "DATE", "PRESENT_REF"),
 ("The firm currently employs 500 people.", D, "currently", "DATE", "PRESENT_REF"),
 ("The firm recently opened an office.", D, "recently", "DATE", "PAST_REF"),
 ("Costs will fall in the future.", D, "future", "DATE", "FUTURE_REF"),
 ("Prices rose in recent years.", D, "recent years", "DURATION", "PXY"),
 ("Prices will rise in the coming weeks.", D, "coming weeks", "DURATION", "PXW"),
 ("Orange cut prices in recent months.", D, "recent months", "DURATION", "PXM"),
 ("The current quarter looks strong.", D, "current quarter", "DATE", "2021-Q2"),
 ("Traffic was light this morning.", D, "this morning", "DATE", "2021-06-15TMO"),
 ("The network failed yesterday morning.", D, "yesterday morning", "DATE", "2021-06-14TMO"),
 ("The vote is tonight.", D, "tonight", "DATE", "2021-06-15TNI"),
 ("Sales rose last weekend.", D, "last weekend", "DATE", "2021-W23-WE"),
 # durations
 ("The deal runs for 24 months.", D, "24 months", "DURATION", "P24M"),
 ("Vodafone signed a six-year partnership.", D, "six-year", "DURATION", "P6Y"),
 ("Vodafone signed a 10-year agreement.", D, "10-year", "DURATION", "P10Y"),
 ("The migration takes five years.", D, "five years", "DURATION", "P5Y"),
 ("The audit lasted three weeks.", D, "three weeks", "DURATION", "P3W"),
 ("The outage lasted two hours.", D, "two hours", "DURATION", "PT2H"),
 ("The region opens within 24 months.", D, "24 months", "DURATION", "P24M"),
 ("The service went down for 45 minutes.", D, "45 minutes", "DURATION", "PT45M"),
 ("Prices rose over the past three years.", D, "past three years", "DURATION", "P3Y"),
 ("Growth continues for the next two years.", D, "next two years", "DURATION", "P2Y"),
 ("The talks lasted several months.", D, "several months", "DURATION", "PXM"),
 ("The project took about two weeks.", D, "two weeks", "DURATION", "P2W", "APPROX"),
 ("The plan spans twenty-four months.", D, "twenty-four months", "DURATION", "P24M"),
 ("The build lasted for a decade.", D, "a decade", "DURATION", "P10Y"),
 # sets
 ("The index is published every year.", D, "every year", "SET", "P1Y"),
 ("Reports come each month.", D, "each month", "SET", "P1M"),
 ("The board meets every Monday.", D, "every Monday", "SET", "XXXX-WXX-1"),
 ("Figures are published annually.", D, "annually", "SET", "P1Y"),
 ("Backups run daily.", D, "daily", "SET", "P1D"),
 ("The newsletter goes out weekly.", D, "weekly", "SET", "P1W"),
 ("Audits happen every two years.", D, "every two years", "SET", "P2Y"),
 # times
 ("The call starts at 2:30 pm.", D, "2:30 pm", "TIME", "2021-06-15T14:30"),
 ("The call starts at 10 am.", D, "10 am", "TIME", "2021-06-15T10:00"),
 ("The call starts at 9pm.", D, "9pm", "TIME", "2021-06-15T21:00"),
 ("The market opens at 09:30.", D, "09:30", "TIME", "2021-06-15T09:30"),
 ("The call starts at 2:30 pm.", "-", "2:30 pm", "TIME", "XXXX-XX-XXT14:30"),
 # ranges
 ("The fair runs from 3 to 5 March 2024.", D, "3", "DATE", "2024-03-03"),
 ("The fair runs from 3 to 5 March 2024.", D, "5 March 2024", "DATE", "2024-03-05"),
 ("The fair runs 3-5 March 2024 in Barcelona.", D, "5 March 2024", "DATE", "2024-03-05"),
 # no-break spaces, typography
 ("The deal closed on 27\u00a0April\u00a02020.", D, "27\u00a0April\u00a02020", "DATE", "2020-04-27"),
 ("It ran 2020\u20132021 in \u201cphase one\u201d.", D, "2020", "DATE", "2020"),
 ("Profit rose in the third quarter from a year ago.", "2021-10-20", "a year ago", "DATE", "2020-Q3"),
 ("The quarter ended well for the group.", "2021-10-20", "The quarter", "DATE", "2021-Q3"),
 # a year named before a quarter; anaphora that does not chain; tense
 ("A charge was taken in the 2020 second quarter.", "2021-10-20", "the 2020 second quarter", "DATE", "2020-Q2"),
 ("Sales for this year's third quarter rose.", "2021-10-20", "this year's third quarter", "DATE", "2021-Q3"),
 ("It could close in next year's first quarter.", "2021-10-20", "next year's first quarter", "DATE", "2022-Q1"),
 ("In the year-ago third quarter, it lost money.", "2021-10-20", "the year-ago third quarter", "DATE", "2020-Q3"),
 ("Profit rose in the third quarter; sales were up from a year earlier, and margins above a year ago.", "2021-10-20", "a year ago", "DATE", "2020-Q3"),
 ("Delta earned a record in the fiscal first quarter.", "2021-10-20", "first quarter", "DATE", "2021-Q1"),
 ("As expected, Orange reported lower third-quarter earnings.", "2021-10-20", "third-quarter", "DATE", "2021-Q3"),
 ("The ratification began in February this year.", "2021-12-03", "February this year", "DATE", "2021-02"),
 ("Poland is to join in April next year.", "2021-12-03", "April next year", "DATE", "2022-04"),
 ("The leaders fell out in June last year.", "2021-02-19", "June last year", "DATE", "2020-06"),
 ("In January, the group brought in a new chief executive.", "2021-10-27", "January", "DATE", "2021-01"),
 ("Trading is to resume in Paris on Tuesday.", "2021-10-27", "Tuesday", "DATE", "2021-11-02"),
 ("The vote is set for 9 a.m. EST Tuesday in Washington.", "2021-10-25", "9 a.m. EST Tuesday", "TIME", "2021-10-26T09:00"),
 ("The network went down at 10:35 a.m. on the day.", "2021-10-25", "10:35 a.m.", "TIME", "2021-10-25T10:35"),
 ("Service came back at 7 p.m. yesterday.", "2021-10-25", "7 p.m. yesterday", "TIME", "2021-10-24T19:00"),
 ("The network was sold in nineteen ninety-six.", "2021-10-25", "nineteen ninety-six", "DATE", "1996"),
 ("The licence dates from January nineteen ninety-seven.", "2021-10-25", "January nineteen ninety-seven", "DATE", "1997-01"),
 ("Ninety-two towers were built in six months.", "2021-10-25", "six months", "DURATION", "P6M"),
 ("Qantas will almost double its flights between Australia and India by August.", "2021-02-13", "August", "DATE", "2021-08"),
 ("Profit rose in the third quarter, up from the 2020 quarter.", "2021-10-20", "the 2020 quarter", "DATE", "2020-Q3"),
 ("The offer will expire at noon Thursday.", "2021-10-25", "noon Thursday", "TIME", "2021-10-28T12:00"),
 ("The revolving loans run through January.", "2021-10-30", "January", "DATE", "2022-01"),
 ("Collins will be named commander of the shuttle for a mission in December.", "2021-03-04", "December", "DATE", "2021-12"),
 ("The vote came on Monday night.", D, "Monday night", "DATE", "2021-06-14TNI"),
 ("The plant closes at midnight.", D, "midnight", "TIME", "2021-06-15T24:00"),
 ("The auction ends at noon.", D, "noon", "TIME", "2021-06-15T12:00"),
 ("Two years later, the venture was sold.", D, "Two years later", "DATE", "2023"),
 ("Profit rose for the year as cloud sales grew.", D, "the year", "DATE", "2021"),
 ("The two firms have worked together for years.", D, "years", "DURATION", "PXY"),
 ("A 2019 law opened the market to cloud providers.", D, "2019", "DATE", "2019"),
 ("Orange will publish its 2021 results in February.", D, "2021", "DATE", "2021"),
 # false alarms
 ("The licence costs \u20ac2,020 per seat.", D, "-", "", ""),
 ("The service covers 200 countries.", D, "-", "", ""),
 ("The firm hired 2020 engineers.", D, "-", "", ""),
 ("Orange deployed 5G in Lyon.", D, "-", "", ""),
 ("The laptops run Windows 11.", D, "-", "", ""),
 ("Margins grew by 20% thanks to cloud.", D, "-", "", ""),
 ("Call the desk at +33 1 44 55 66 77.", D, "-", "", ""),
 ("See page 2021 of the filing.", D, "-", "", ""),
 ("The price rose to $2020 per rack.", D, "-", "", ""),
 ("The version 2.1 adds storage.", D, "-", "", ""),
 ("Users may cancel at any time.", D, "-", "", ""),
 ("The firm will march ahead with its plan.", D, "-", "", ""),
 ("The company has 1,500 employees.", D, "-", "", ""),
 ("The 6-year-old system was replaced.", D, "-", "", ""),
 ("Future services will use the platform.", D, "-", "", ""),
 ("The unit sold 3,000 servers.", D, "-", "", ""),
 ("Item 4.2 of the contract covers exits.", D, "-", "", ""),
 ("The team won 2 awards.", D, "-", "", ""),
 ("Part 66666666666666h30pm is a code, not a time.", D, "-", "", ""),
]

FR = [
 ("Orange a signé le 27 avril 2020 à Paris.", D, "le 27 avril 2020", "DATE", "2020-04-27"),
 ("Le contrat est daté du 27/04/2020.", D, "27/04/2020", "DATE", "2020-04-27"),
 ("Le registre indique 2020-04-27 comme date.", D, "2020-04-27", "DATE", "2020-04-27"),
 ("Le service ouvre le 1er mai.", D, "le 1er mai", "DATE", "2021-05-01"),
 ("Le service a ouvert le 1er mai 2021.", D, "le 1er mai 2021", "DATE", "2021-05-01"),
 ("Les résultats arrivent lundi 3 mars 2025.", D, "lundi 3 mars 2025", "DATE", "2025-03-03"),
 ("Le conseil se réunit le jeudi 12 septembre 2024.", D, "le jeudi 12 septembre 2024", "DATE", "2024-09-12"),
 ("Le salon aura lieu le 5 février.", D, "le 5 février", "DATE", "2022-02-05"),
 ("Le salon a eu lieu le 5 fevrier 2020.", D, "le 5 fevrier 2020", "DATE", "2020-02-05"),
 ("L'accord date du 14 juillet 2019.", D, "14 juillet 2019", "DATE", "2019-07-14"),
 ("L'offre est parue le 3 janv. 2022.", D, "le 3 janv. 2022", "DATE", "2022-01-03"),
 ("Il est né le 29 février 2024.", D, "le 29 février 2024", "DATE", "2024-02-29"),
 ("Le réseau a été coupé le 2 août.", D, "le 2 août", "DATE", "2021-08-02"),
 ("Le réseau a été coupé le 2 aout.", D, "le 2 aout", "DATE", "2021-08-02"),
 ("Le service ouvre le 1er mai.", "-", "le 1er mai", "DATE", "XXXX-05-01"),
 ("Bleu a été annoncée en mai 2021.", D, "mai 2021", "DATE", "2021-05"),
 ("La coentreprise est née en octobre 2021.", D, "octobre 2021", "DATE", "2021-10"),
 ("Le pilote s'achève en mars.", D, "mars", "DATE", "2021-03"),
 ("Le pilote devrait s'achever en mars.", D, "mars", "DATE", "2022-03"),
 ("Le régulateur tranchera en septembre.", D, "septembre", "DATE", "2021-09"),
 ("Les travaux commencent début juillet.", D, "début juillet", "DATE", "2021-07", "START"),
 ("Le contrat expire fin mars 2023.", D, "fin mars 2023", "DATE", "2023-03", "END"),
 ("Le chantier démarre mi-avril.", D, "mi-avril", "DATE", "2021-04", "MID"),
 ("Flexible Engine a ouvert en 2017.", D, "2017", "DATE", "2017"),
 ("Depuis 2016, le cloud progresse.", D, "2016", "DATE", "2016"),
 ("Le plan couvre la période entre 2021 et 2023.", D, "2021", "DATE", "2021"),
 ("Le plan couvre la période entre 2021 et 2023.", D, "2023", "DATE", "2023"),
 ("Les résultats de 2019 sont bons.", D, "2019", "DATE", "2019"),
 ("Les ventes ont progressé au troisième trimestre 2023.", D, "troisième trimestre 2023", "DATE", "2023-Q3"),
 ("Les ventes ont progressé au 3e trimestre 2023.", D, "3e trimestre 2023", "DATE", "2023-Q3"),
 ("Les ventes ont progressé au T3 2023.", D, "T3 2023", "DATE", "2023-Q3"),
 ("Le lancement est prévu au premier semestre 2024.", D, "premier semestre 2024", "DATE", "2024-H1"),
 ("Le lancement est prévu au second semestre 2024.", D, "second semestre 2024", "DATE", "2024-H2"),
 ("Le lancement est prévu au premier semestre.", D, "premier semestre", "DATE", "2022-H1"),
 ("Les ventes ont reculé ce trimestre.", D, "ce trimestre", "DATE", "2021-Q2"),
 ("Les ventes remonteront le trimestre prochain.", D, "le trimestre prochain", "DATE", "2021-Q3"),
 ("La ratification a commencé en février de cette année.", "2021-12-03", "février de cette année", "DATE", "2021-02"),
 ("Les dirigeants se sont brouillés en juin l'an dernier.", "2021-02-19", "juin l'an dernier", "DATE", "2020-06"),
 ("La Pologne rejoindra l'alliance en avril de l'année prochaine.", "2021-12-03", "avril de l'année prochaine", "DATE", "2022-04"),
 ("Le groupe a publié un bénéfice en baisse au troisième trimestre.", "2021-10-27", "troisième trimestre", "DATE", "2021-Q3"),
 ("Le bénéfice a progressé au premier trimestre de l'exercice.", "2021-10-27", "premier trimestre", "DATE", "2021-Q1"),
 ("Le bénéfice a progressé au troisième trimestre par rapport à il y a un an.", "2021-10-27", "il y a un an", "DATE", "2020-Q3"),
 ("Le service ouvre à l'automne 2021.", D, "l'automne 2021", "DATE", "2021-FA"),
 ("Les essais ont eu lieu au printemps 2020.", D, "printemps 2020", "DATE", "2020-SP"),
 ("Le site ouvre à l'hiver 2022.", D, "l'hiver 2022", "DATE", "2022-WI"),
 ("Les livraisons commencent cet été.", D, "cet été", "DATE", "2021-SU"),
 ("Le marché a changé dans les années 2000.", D, "les années 2000", "DATE", "200X"),
 ("Le réseau date des années 90.", D, "années 90", "DATE", "199X"),
 ("Le cloud dominera le XXIe siècle.", D, "le XXIe siècle", "DATE", "20"),
 ("La qualification est attendue mi-2023.", D, "mi-2023", "DATE", "2023", "MID"),
 ("L'offre arrive début 2025.", D, "début 2025", "DATE", "2025", "START"),
 ("Le centre ferme fin 2022.", D, "fin 2022", "DATE", "2022", "END"),
 ("L'accord sera signé d'ici la fin de l'année.", D, "la fin de l'année", "DATE", "2021", "END"),
 ("Les travaux démarrent au début de 2022.", D, "début de 2022", "DATE", "2022", "START"),
 ("Les discussions ont calé à la fin de 2019.", D, "la fin de 2019", "DATE", "2019", "END"),
 ("Le trafic a culminé vers 2020.", D, "vers 2020", "DATE", "2020", "APPROX"),
 ("Orange annonce aujourd'hui un partenariat.", D, "aujourd'hui", "DATE", "2021-06-15"),
 ("Orange annonce aujourd\u2019hui un partenariat.", D, "aujourd\u2019hui", "DATE", "2021-06-15"),
 ("Orange a annoncé l'accord hier.", D, "hier", "DATE", "2021-06-14"),
 ("Le conseil se réunit demain.", D, "demain", "DATE", "2021-06-16"),
 ("Les ventes ont baissé l'an dernier.", D, "l'an dernier", "DATE", "2020"),
 ("Les ventes ont baissé l'année dernière.", D, "l'année dernière", "DATE", "2020"),
 ("Les ventes ont baissé l'an passé.", D, "l'an passé", "DATE", "2020"),
 ("Les ventes monteront l'an prochain.", D, "l'an prochain", "DATE", "2022"),
 ("Les ventes monteront l'année prochaine.", D, "l'année prochaine", "DATE", "2022"),
 ("Les ventes progressent cette année.", D, "cette année", "DATE", "2021"),
 ("Le laboratoire ouvre le mois prochain.", D, "le mois prochain", "DATE", "2021-07"),
 ("Le laboratoire a ouvert le mois dernier.", D, "le mois dernier", "DATE", "2021-05"),
 ("Le trafic a doublé ce mois-ci.", D, "ce mois", "DATE", "2021-06"),
 ("L'accord a été conclu la semaine dernière.", D, "la semaine dernière", "DATE", "2021-W23"),
 ("L'accord sera conclu la semaine prochaine.", D, "la semaine prochaine", "DATE", "2021-W25"),
 ("Le laboratoire ouvre dans deux semaines.", D, "deux semaines", "DATE", "2021-W26"),
 ("Le service arrive dans trois mois.", D, "trois mois", "DATE", "2021-09"),
 ("La société a été fondée il y a deux ans.", D, "il y a deux ans", "DATE", "2019"),
 ("Orange a quitté le projet il y a un an.", D, "il y a un an", "DATE", "2020"),
 ("La panne a eu lieu il y a trois jours.", D, "il y a trois jours", "DATE", "2021-06-12"),
 ("Le conseil a approuvé le projet lundi.", D, "lundi", "DATE", "2021-06-14"),
 ("Le conseil a approuvé le projet vendredi.", D, "vendredi", "DATE", "2021-06-11"),
 ("Le conseil votera vendredi.", D, "vendredi", "DATE", "2021-06-18"),
 ("Les discussions reprennent lundi prochain.", D, "lundi prochain", "DATE", "2021-06-21"),
 ("Le conseil a approuvé le projet lundi.", "-", "lundi", "DATE", "XXXX-WXX-1"),
 ("Les ventes ont baissé l'an dernier.", "-", "l'an dernier", "DATE", "PAST_REF"),
 ("Orange est actuellement le leader.", D, "actuellement", "TIME", "PRESENT_REF"),
 ("La société a récemment ouvert un bureau.", D, "récemment", "TIME", "PAST_REF"),
 ("Les coûts baisseront à l'avenir.", D, "l'avenir", "TIME", "FUTURE_REF"),
 ("Le réseau est tombé dimanche matin.", D, "dimanche matin", "TIME", "2021-06-13TMO"),
 ("Le trafic était faible ce matin.", D, "ce matin", "TIME", "2021-06-15TMO"),
 ("Le vote a lieu ce soir.", D, "ce soir", "TIME", "2021-06-15TEV"),
 ("Le contrat court sur 24 mois.", D, "24 mois", "DURATION", "P24M"),
 ("Le contrat court sur deux ans.", D, "deux ans", "DURATION", "P2Y"),
 ("Un partenariat d'une durée de dix ans a été signé.", D, "dix ans", "DURATION", "P10Y"),
 ("La migration prendra cinq ans.", D, "cinq ans", "DURATION", "P5Y"),
 ("L'audit a duré trois semaines.", D, "trois semaines", "DURATION", "P3W"),
 ("La panne a duré deux heures.", D, "deux heures", "DURATION", "PT2H"),
 ("La région ouvrira d'ici environ 24 mois.", D, "environ 24 mois", "DURATION", "P24M", "APPROX"),
 ("Les négociations ont duré quelques jours.", D, "quelques jours", "DURATION", "PXD"),
 ("Les négociations ont duré plusieurs mois.", D, "plusieurs mois", "DURATION", "PXM"),
 ("Le projet compte vingt-quatre mois de travaux.", D, "vingt-quatre mois", "DURATION", "P24M"),
 ("Les prix ont bondi ces derniers jours.", D, "ces derniers jours", "DURATION", "PXD"),
 ("L'indice est publié chaque année.", D, "chaque année", "SET", "P1Y"),
 ("Les rapports arrivent chaque mois.", D, "chaque mois", "SET", "P1M"),
 ("Le comité se réunit tous les ans.", D, "tous les ans", "SET", "P1Y"),
 ("Le comité se réunit tous les lundis.", D, "tous les lundis", "SET", "XXXX-WXX-1"),
 ("Le bilan annuel est publié.", D, "annuel", "SET", "P1Y"),
 ("La réunion commence à 14h30.", D, "14h30", "TIME", "2021-06-15T14:30"),
 ("La réunion commence à 14 h 30.", D, "14 h 30", "TIME", "2021-06-15T14:30"),
 ("La réunion commence à 9h.", D, "9h", "TIME", "2021-06-15T09:00"),
 ("La réunion commence à midi.", D, "midi", "TIME", "2021-06-15T12:00"),
 ("La réunion commence à 14h30.", "-", "14h30", "TIME", "XXXX-XX-XXT14:30"),
 ("Le salon se tient du 3 au 5 mars 2024.", D, "3", "DATE", "2024-03-03"),
 ("Le salon se tient du 3 au 5 mars 2024.", D, "5 mars 2024", "DATE", "2024-03-05"),
 ("Le contrat a été signé le 27\u00a0avril\u00a02020.", D, "le 27\u00a0avril\u00a02020", "DATE", "2020-04-27"),
 ("Le contrat a été signé le 22\u202fjuin 2022.", D, "le 22\u202fjuin 2022", "DATE", "2022-06-22"),
 ("Le service ouvre « au printemps 2022 ».", D, "printemps 2022", "DATE", "2022-SP"),
 ("Le comité se réunit tous les jeudis.", D, "tous les jeudis", "SET", "XXXX-WXX-4"),
 ("Le vote a eu lieu lundi soir.", D, "lundi soir", "TIME", "2021-06-14TEV"),
 ("Le contrat sera signé lundi 5 juillet.", D, "lundi 5 juillet", "DATE", "2021-07-05"),
 ("La hausse atteint deux fois par an.", D, "-", "", ""),
 ("Les discussions ont repris vendredi dernier.", D, "vendredi dernier", "DATE", "2021-06-11"),
 ("Le projet a été lancé il y a six mois.", D, "il y a six mois", "DATE", "2020-12"),
 ("L'incident a eu lieu vers 15 h 30, hier, au siège.", D, "vers 15 h 30, hier", "TIME", "2021-06-14T15:30", "APPROX"),
 ("Le 10 juin, la réunion a commencé à midi.", D, "midi", "TIME", "2021-06-10T12:00"),
 ("Le groupe a publié ses résultats 2021 hier.", D, "2021", "DATE", "2021"),
 ("La licence coûte 2 020 euros par poste.", D, "-", "", ""),
 ("Le groupe supprime 643 postes.", D, "-", "", ""),
 ("Le service couvre 200 pays.", D, "-", "", ""),
 ("Orange déploie la 5G à Lyon.", D, "-", "", ""),
 ("Les postes tournent sous Windows 11.", D, "-", "", ""),
 ("La marge a progressé de 20 %.", D, "-", "", ""),
 ("Appelez le +33 1 44 55 66 77.", D, "-", "", ""),
 ("Voir la page 2021 du rapport.", D, "-", "", ""),
 ("Le prix atteint 1 500 euros.", D, "-", "", ""),
 ("Le projet a été validé par la direction.", D, "-", "", ""),
 ("Jean Martin, 45 ans, dirige la filiale.", D, "-", "", ""),
 ("La société a recruté 2020 ingénieurs.", D, "-", "", ""),
 ("La version 2.1 ajoute du stockage.", D, "-", "", ""),
 ("Le groupe vise 3,5 milliards de chiffre d'affaires.", D, "-", "", ""),
 ("Les sept opérateurs ont signé.", D, "-", "", ""),
]

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", None, None, None, "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
FR_ABBR = ["janv.", "févr.", None, "avr.", None, None, "juil.", None, "sept.", "oct.", "nov.", "déc."]

def generated():
    en, fr = [], []
    for i, m in enumerate(EN_MONTHS, 1):
        d = 1 + (i * 7) % 28
        en.append((f"The operator signed on {d} {m} 2019 with a partner.", D, f"{d} {m} 2019", "DATE", f"2019-{i:02d}-{d:02d}"))
        en.append((f"The operator signed on {m} {d}, 2018 with a partner.", D, f"{m} {d}, 2018", "DATE", f"2018-{i:02d}-{d:02d}"))
        en.append((f"Results were published in {m} 2017.", D, f"{m} 2017", "DATE", f"2017-{i:02d}"))
        if EN_ABBR[i - 1]:
            en.append((f"The filing arrived {EN_ABBR[i-1]} {d}, 2016, late.", D, f"{EN_ABBR[i-1]} {d}, 2016", "DATE", f"2016-{i:02d}-{d:02d}"))
    for i, m in enumerate(FR_MONTHS, 1):
        d = 1 + (i * 5) % 28
        fr.append((f"L'opérateur a signé le {d} {m} 2019 avec un partenaire.", D, f"le {d} {m} 2019", "DATE", f"2019-{i:02d}-{d:02d}"))
        fr.append((f"Les résultats ont été publiés en {m} 2017.", D, f"{m} 2017", "DATE", f"2017-{i:02d}"))
        fr.append((f"La décision est intervenue fin {m} 2018.", D, f"fin {m} 2018", "DATE", f"2018-{i:02d}", "END"))
        if FR_ABBR[i - 1]:
            fr.append((f"Le dossier est arrivé le {d} {FR_ABBR[i-1]} 2016.", D, f"le {d} {FR_ABBR[i-1]} 2016", "DATE", f"2016-{i:02d}-{d:02d}"))
    for q, (en_o, fr_o) in enumerate([("first", "premier"), ("second", "deuxième"), ("third", "troisième"), ("fourth", "quatrième")], 1):
        en.append((f"Profit rose in the {en_o} quarter of 2020.", D, f"{en_o} quarter of 2020", "DATE", f"2020-Q{q}"))
        en.append((f"Profit rose in Q{q} 2019.", D, f"Q{q} 2019", "DATE", f"2019-Q{q}"))
        fr.append((f"Le bénéfice a progressé au {fr_o} trimestre 2020.", D, f"{fr_o} trimestre 2020", "DATE", f"2020-Q{q}"))
        fr.append((f"Le bénéfice a progressé au T{q} 2019.", D, f"T{q} 2019", "DATE", f"2019-Q{q}"))
    for n, (en_w, fr_w) in enumerate([("one", "un"), ("two", "deux"), ("three", "trois"), ("four", "quatre"), ("five", "cinq"), ("six", "six"), ("seven", "sept"), ("eight", "huit"), ("nine", "neuf"), ("ten", "dix")], 1):
        unit_en = "year" if n == 1 else "years"
        unit_fr = "an" if n == 1 else "ans"
        en.append((f"The agreement lasts {en_w} {unit_en}.", D, f"{en_w} {unit_en}", "DURATION", f"P{n}Y"))
        fr.append((f"L'accord dure {fr_w} {unit_fr}.", D, f"{fr_w} {unit_fr}", "DURATION", f"P{n}Y"))
    return en, fr

def with_det(rows):
    """TimeBank keeps "the" on periods ("the fourth quarter of 2022")."""
    out = []
    for r in rows:
        text = r[2]
        for det in ("the ", "The "):
            if text.split(" ")[0] in ("first", "second", "third", "fourth", "summer", "current") \
                    and det + text in r[0]:
                text = det + text
                break
        out.append((r[0], r[1], text) + tuple(r[3:]))
    return out

def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# sentence\tdct (- for none)\texpected text (- for none at all)\ttype\tvalue\t[mod]\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

gen_en, gen_fr = generated()
write("tests/timex/en.tsv", with_det(EN + gen_en))
write("tests/timex/fr.tsv", FR + gen_fr)
print(len(EN) + len(gen_en), len(FR) + len(gen_fr))
