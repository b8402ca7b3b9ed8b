# saudinewsnet_part025_0915 (annotator56)
# "البلدين", "المنطقة", "الكاتب", "الإرهاب", "قضية النووي" are common nouns; "رافال" and "فريم" are products; the editorial title "معادلة جديدة" has no type.
@P1
NORP | الفرنسية | p1_french
NORP | المصرية | p1_egyptian

@P2
GPE | مصر | p2_egypt
NORP | الفرنسيين | p2_french1
EVENT | حملة نابليون | p2_campaign
DATE | نهاية القرن الـ18 | p2_c18
FAC | قناة السويس | p2_canal
DATE | القرن الـ19 | p2_c19
NORP | المصرية | p2_egyptian
NORP | الفرنسية | p2_french2

@P3
ORG | ليبراسيون | p3_liberation
PER | فرانسوا هولاند | p3_hollande
FAC | قناة السويس الجديدة | p3_newcanal
DATE | الخميس الماضي | p3_thursday
GPE | مصر | p3_egypt1
GPE | مصر | p3_egypt2
GPE | فرنسا | p3_france
FAC | قصر الأليزيه | p3_elysee
GPE | القاهرة | p3_cairo
GPE | مصر | p3_egypt3
GPE | ليبيا | p3_libya
ORG | داعش | p3_isis
LOC | سيناء | p3_sinai
# "فرقاطة فريم التي اشترتها مصر من فرنسا": a supply of arms (§7.5)
REL | SUPPORTS | p3_france | p3_egypt2
REL | LOCATED_IN | p3_isis | p3_sinai

@P4
GPE | فرنسا | p4_france
GPE | مصر | p4_egypt1
NORP | العربي | p4_arab1
NORP | الأميركي | p4_american
LAW | الاتفاق النووي | p4_deal
GPE | إيران | p4_iran
GPE | مصر | p4_egypt2
NORP | العربية | p4_arab2
NORP | الفرنسي | p4_french1
GPE | باريس | p4_paris
NORP | الفرنسي | p4_french2
NORP | المصري | p4_egyptian
REL | PARTY_TO | p4_iran | p4_deal
