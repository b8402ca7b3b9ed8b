# saudinewsnet_part025_0913 (annotator49)
# Withdrawing troops "إلى منطقة البقاع" is a movement of unnamed soldiers, not a visit by the party: no VISIT.
# The content of the Shin Bet's charges (recruited by, belongs to, paid by Hezbollah) is a charge, not a stated
# fact (§7.7): no ROLE/SUPPORTS; the accusation itself gives CRITICIZES where a named accuser and a PER meet.
@P1
ORG | حزب الله | p1_hezbollah
GPE | سورية | p1_syria

@P2
ORG | حزب الله | p2_hezbollah
NORP | اللبناني | p2_lebanese
GPE | سورية | p2_syria1
GPE | البقاع | p2_bekaa              # "منطقة البقاع الجنوبية": classifier and direction out
NORP | التركية | p2_turkish
GPE | سورية | p2_syria2
GPE | سورية | p2_syria3

@P3
NORP | اللبنانيين | p3_lebanese
GPE | سورية | p3_syria

@P4
ORG | جهاز الأمن الداخلي الإسرائيلي | p4_shinbet
DATE | أمس | p4_yesterday
NORP | سويديا | p4_swedish1
NORP | فلسطيني | p4_palestinian1
ORG | حزب الله | p4_hezbollah1
PER | ليئا تسيمل | p4_tsemel
ORG | الأمن الإسرائيلي | p4_security      # short name of the service named at the start of the paragraph
NORP | الفلسطيني | p4_palestinian2
GPE | لبنان | p4_lebanon
NORP | السويدية | p4_swedish2
PER | حسن خليل خيزران | p4_khaizaran
ORG | حزب الله | p4_hezbollah2
REL | CRITICIZES | p4_tsemel | p4_security
REL | CRITICIZES | p4_security | p4_khaizaran

@P5
ORG | الشين بيت | p5_shinbet
PER | حسن خيزران | p5_khaizaran
ORG | حزب الله | p5_hezbollah
GPE | لبنان | p5_lebanon
DATE | العام 2009 | p5_2009
NORP | إسرائيليين | p5_israelis
REL | CRITICIZES | p5_shinbet | p5_khaizaran
REL | VISIT | p5_khaizaran | p5_lebanon

@P6
PER | خيزران | p6_khaizaran
FAC | مطار بن جوريون | p6_airport
GPE | تل أبيب | p6_telaviv           # "قرب" (near): no LOCATED_IN

@P7
PER | خيزران | p7_khaizaran
MONEY | 2300 دولار | p7_money1
ORG | حزب الله | p7_hezbollah
DATE | العام 2009 | p7_2009
MONEY | 800 دولار | p7_money2
DATE | العام 2011 | p7_2011

@P8
GPE | إسرائيل | p8_israel1
ORG | الشين بيت | p8_shinbet
GPE | إسرائيل | p8_israel2
DATE | العام 2009 | p8_2009

@P9
ORG | حزب الله | p9_hezbollah
GPE | لبنان | p9_lebanon
GPE | إسرائيل | p9_israel1
GPE | إسرائيل | p9_israel2

@P10
DATE | صيف 2006 | p10_summer2006
GPE | إسرائيل | p10_israel
ORG | حزب الله | p10_hezbollah
