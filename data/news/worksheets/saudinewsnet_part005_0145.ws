# saudinewsnet_part005_0145 (annotator11)
@P2
GPE | فلسطين | p2_palestine
LOC | الشرق الأوسط | p2_me

@P3
GPE | فلسطين | p3_palestine

@P4
NORP | العربية | p4_arab
GPE | فلسطين | p4_palestine
GPE | القاهرة | p4_cairo
GPE | دمشق | p4_damascus
GPE | بغداد | p4_baghdad
GPE | عمان | p4_amman

@P5
LAW | كامب ديفيد | p5_campdavid
GPE | فلسطين | p5_palestine
GPE | جونيه | p5_jounieh
GPE | كسروان | p5_keserwan
GPE | لبنان | p5_lebanon
LOC | القلمون | p5_qalamoun
GPE | الزبداني | p5_zabadani
GPE | سوريا | p5_syria
REL | LOCATED_IN | p5_jounieh | p5_lebanon
REL | LOCATED_IN | p5_keserwan | p5_lebanon
REL | LOCATED_IN | p5_qalamoun | p5_syria
REL | LOCATED_IN | p5_zabadani | p5_syria

@P6
NORP | الفلسطينية | p6_pal1
NORP | الفلسطينية | p6_pal2
NORP | الفلسطينية | p6_pal3
NORP | الإسرائيلية | p6_isr

@P7
EVENT | نزاع الفلسطيني – الإسرائيلي | p7_conflict
FAC | البيت الأبيض | p7_wh
NORP | الأميركي | p7_american1
GPE | الولايات المتحدة | p7_us
NORP | الأميركية | p7_american2
LOC | الشرق الأوسط | p7_me

@P8
NORP | العربي | p8_arab
GPE | إسرائيل | p8_israel

@P9
NORP | الأميركي | p9_american
NORP | الغربي | p9_western
GPE | إيران | p9_iran1
NORP | الشرق أوسطية | p9_mideastern
EVENT | الثورة الإسلامية | p9_revolution
LAW | الاتفاقية النووية | p9_nucleardeal
GPE | الشيطان الأعظم | p9_greatsatan
GPE | إيران | p9_iran2
GPE | إيران | p9_iran3
NORP | الغرب | p9_west
GPE | فلسطين | p9_palestine

@P10
NORP | الأميركية | p10_american
LOC | الشرق الأوسط | p10_me
GPE | فلسطين | p10_palestine
NORP | عربية | p10_arab
NORP | العرب | p10_arabs
EVENT | الانتفاضة الثالثة | p10_intifada3
NORP | الفلسطينيين | p10_palestinians
NORP | اليهودي | p10_jewish

@P11
NORP | الغربي | p11_western
GPE | إسرائيل | p11_israel

@P12
NORP | إسرائيلية | p12_israeli
NORP | الفلسطيني | p12_pal
NORP | اليهودي | p12_jewish
GPE | فلسطين | p12_palestine
PER | نيلسون مانديلا | p12_mandela
DATE | تسعينات القرن الماضي | p12_1990s

@P13
GPE | إسرائيل | p13_israel1
NORP | الصهيونية | p13_zionist
GPE | إسرائيل | p13_israel2
GPE | إسرائيل | p13_israel3

@P14
GPE | فلسطين | p14_palestine
GPE | القدس | p14_jerusalem
GPE | الناصرة | p14_nazareth
GPE | حيفا | p14_haifa
GPE | عكا | p14_acre
LOC | القلمون | p14_qalamoun
GPE | الزبداني | p14_zabadani
