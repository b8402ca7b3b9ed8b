# ant_v1.1_part003_2324 (annotator51)
# "إحدى المباريات الخيرية" is not a named event; the fan is unnamed.
@P3
NORP | البرازيلي | p3_brazilian
PER | غابرييل خيسوس | p3_jesus
ORG | أميغو دي جاكسون | p3_team1
ORG | أميغو دي فالديفيا | p3_team2
NORP | البرازيليين | p3_brazilians

@P4
ORG | المنتخب الأولمبي البرازيلي | p4_olympicteam
PER | غابرييل خيسوس | p4_jesus
ORG | مانشستر سيتي | p4_city
NORP | الإنكليزي | p4_english
MONEY | 27 مليون جنيه إسترليني | p4_fee
ORG | بالميراس | p4_palmeiras
DATE | ديسمبر الحالي | p4_december
FAC | ملعب الاتحاد | p4_etihad         # "ملعب" kept: "الاتحاد" alone reads as a body
DATE | جانفي 2017 | p4_jan2017
REL | ROLE | p4_jesus | p4_olympicteam
REL | ROLE | p4_jesus | p4_city
REL | ROLE | p4_jesus | p4_palmeiras
# "قبل انتقاله إلى ملعب الاتحاد": his stated move to join his new club abroad (§7.8)
REL | VISIT | p4_jesus | p4_etihad

@P5
PER | خيسوس | p5_jesus
ORG | منتخب البرازيل الأوليمبي | p5_olympicteam
EVENT | الألعاب الأوليمبية | p5_olympics     # "دورة" and "الأخيرة" out
GPE | البرازيل | p5_brazil
REL | ROLE | p5_jesus | p5_olympicteam
