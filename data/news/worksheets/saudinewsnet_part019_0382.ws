# saudinewsnet_part019_0382 (annotator51)
# "هذه القوات", "هذه الفرقة", "المملكة", "مواسم الحج", "إمارات المناطق" are common nouns: not annotated.
@P1
ORG | قوات الطوارئ السعودية | p1_sef      # a public body keeps its nationality inside (like وزارة الداخلية المصرية)

@P2
ORG | الطوارئ | p2_sef                     # قوات "الطوارئ" الخاصة: the quotes leave only the quoted piece
GPE | السعودية | p2_ksa
DATE | قبل نحو 50 عاماً | p2_50years
REL | LOCATED_IN | p2_sef | p2_ksa

@P3
NORP | السعوديين | p3_saudis
FAC | بيت الله الحرام | p3_haram

@P4
FAC | بيت الله الحرام | p4_haram

@P5
ORG | قوات الطوارئ الخاصة | p5_sef

@P6
ORG | قوات الأمن الخاصة | p6_ssf
ORG | وزارة الداخلية السعودية | p6_moi

@P7
NORP | السعودية | p7_saudi
ORG | الأمن العام | p7_publicsecurity
ORG | قوات الأمن الخاصة | p7_ssf

@P8
ORG | وحدة المتفجرات | p8_explosives
ORG | وحدة أمن الشخصيات | p8_vip
ORG | وزارة الداخلية | p8_moi
ORG | القوات الخاصة | p8_sf
ORG | وحدة الاقتحام | p8_assault

@P9
DATE | عام 1397 هـ | p9_1397
ORG | قيادة القوات الخاصة | p9_command
ORG | قوات الطوارئ | p9_sef
GPE | الرياض | p9_riyadh
GPE | المنطقة الشرقية | p9_eastern
GPE | مكة المكرمة | p9_makkah
GPE | المدينة المنورة | p9_madinah
GPE | عسير | p9_asir
# "أصبح لهذه القوات خمسة فروع ... في كل من": the forces' branches, Arg1 = the forces' full mention in the sentence
REL | LOCATED_IN | p9_sef | p9_riyadh
REL | LOCATED_IN | p9_sef | p9_eastern
REL | LOCATED_IN | p9_sef | p9_makkah
REL | LOCATED_IN | p9_sef | p9_madinah
REL | LOCATED_IN | p9_sef | p9_asir

@P10
ORG | قوات الطواري | p10_sef               # misspelling as written
DATE | عام 1413 | p10_1413
DATE | عام 1418 | p10_1418
ORG | شعبة أمن السفارات | p10_embassies
ORG | شؤون الأمن الجنائي | p10_criminal
