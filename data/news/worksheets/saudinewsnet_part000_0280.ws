# saudinewsnet_part000_0280 (annotator52)
# "شمال سيناء" is the governorate (named "محافظة شمال سيناء" in P4): GPE, as is "جنوب سيناء".
@P1
GPE | الشيخ زويد | p1_zuweid
GPE | مصر | p1_egypt
REL | LOCATED_IN | p1_zuweid | p1_egypt

@P2
GPE | الشيخ زويّد | p2_zuweid
GPE | شمال سيناء | p2_nsinai
NORP | المصرية | p2_egyptian1
ORG | الجيش المصري | p2_army
DATE | الأسبوع الماضي | p2_lastweek
ORG | ولاية سيناء | p2_wilayat
NORP | إسلامية | p2_islamic
# "الدولة المصرية" → NORP only
NORP | المصرية | p2_egyptian2
REL | LOCATED_IN | p2_zuweid | p2_nsinai

@P3
ORG | الجيش المصري | p3_army
DATE | الأسبوع الماضي | p3_lastweek
ORG | ولاية سيناء | p3_wilayat
GPE | الشيخ زويد | p3_zuweid
GPE | شمال سيناء | p3_nsinai
NORP | مصريا | p3_egyptian
REL | LOCATED_IN | p3_zuweid | p3_nsinai

@P4
GPE | الشيخ زويد | p4_zuweid
GPE | شمال سيناء | p4_nsinai
GPE | رفح | p4_rafah
GPE | العريش | p4_arish
GPE | القاهرة | p4_cairo
GPE | قطاع غزة | p4_gaza
NORP | الفلسطيني | p4_palestinian
REL | LOCATED_IN | p4_zuweid | p4_nsinai

@P5
GPE | الشيخ زويّد | p5_zuweid
GPE | رفح | p5_rafah
LOC | جبل الحلال | p5_halal
# the accusation targets unnamed gunmen "من غزة", not Gaza: no CRITICIZES
NORP | المصرية | p5_egyptian1
GPE | غزة | p5_gaza
NORP | المصرية | p5_egyptian2

@P6
DATE | نهاية الثمانينات ومطلع التسعينات من القرن الماضي | p6_decades
ORG | التكفير والهجرة | p6_takfir
ORG | الجهاد | p6_jihad
NORP | المصري | p6_egyptian
PER | أنور السادات | p6_sadat
DATE | عام 1981 | p6_1981
REL | ROLE | p6_sadat | p6_egyptian

@P7
GPE | العريش | p7_arish
GPE | الشيخ زويد | p7_zuweid
GPE | جنوب سيناء | p7_ssinai
