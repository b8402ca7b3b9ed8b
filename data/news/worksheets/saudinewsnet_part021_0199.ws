# saudinewsnet_part021_0199 (annotator16)
@P1
PER | محمد بن سلمان | p1_mbs
NORP | العربي | p1_arab

@P2
NORP | أردنيون | p2_jordanians
PER | محمد بن سلمان بن عبدالعزيز | p2_mbs
ORG | مجلس الوزراء | p2_cabinet
GPE | عمان | p2_amman
NORP | العربي | p2_arab
REL | ROLE | p2_mbs | p2_cabinet
REL | VISIT | p2_mbs | p2_amman

@P3
ORG | عكاظ | p3_okaz
NORP | أردنية | p3_jordanian

@P4
GPE | الأردن | p4_jordan
ORG | الأمم المتحدة | p4_un
PER | حسن أبو نعمة | p4_abunimah
GPE | الرياض | p4_riyadh
GPE | اليمن | p4_yemen
REL | ROLE | p4_abunimah | p4_jordan

@P5
PER | أمين مشاقبة | p5_mashaqbeh
NORP | السعودي | p5_saudi
NORP | الأردني | p5_jordanian
GPE | الرياض | p5_riyadh
GPE | عمّان | p5_amman
LOC | الشرق الأوسط | p5_me
LAW | الاتفاق النووي الإيراني | p5_jcpoa
NORP | الغرب | p5_west
NORP | العربية | p5_arab

@P6
PER | المشاقبة | p6_mashaqbeh
GPE | عمّان | p6_amman
GPE | الرياض | p6_riyadh
NORP | عربيا | p6_arab
GPE | السعودية | p6_saudi

@P7
ORG | البرلمان الأردني | p7_parliament
PER | قصي الدميسي | p7_dumaisi
NORP | الأردنية | p7_jordanian
NORP | السعودية | p7_saudi
GPE | عمّان | p7_amman
NORP | العربية | p7_arab
REL | ROLE | p7_dumaisi | p7_parliament

@P8
NORP | العربية | p8_arab1
NORP | العربي | p8_arab2
NORP | العربية | p8_arab3
LAW | الاتفاق النووي الإيراني | p8_jcpoa
NORP | الغرب | p8_west
GPE | عمان | p8_amman
GPE | الرياض | p8_riyadh
