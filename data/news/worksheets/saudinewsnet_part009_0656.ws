# saudinewsnet_part009_0656 (annotator35)
@P2
DATE | أمس | p2_yesterday
GPE | ليثام سانت | p2_lytham1
GPE | إنجلترا | p2_england1
EVENT | مهرجان الطائرات الورقية | p2_festival1
ORG | الفرنسية | p2_afp
DATE | 25 و26 يوليو | p2_july
DATE | هذا العام | p2_thisyear
GPE | ليثام سانت | p2_lytham2
GPE | إنجلترا | p2_england2
EVENT | مهرجان الطائرات الورقية | p2_festival2
GPE | إنجلترا | p2_england3
GPE | دبي | p2_dubai
GPE | باكستان | p2_pakistan
GPE | الصين | p2_china
GPE | الهند | p2_india
REL | LOCATED_IN | p2_lytham1 | p2_england1
REL | LOCATED_IN | p2_lytham2 | p2_england2
