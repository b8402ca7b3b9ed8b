# saudinewsnet_part023_0012 (annotator22)
@P2
ORG | داعش | p2_isis
GPE | المملكة العربية السعودية | p2_ksa1
NORP | المسلمين | p2_muslims1
NORP | المسلمين | p2_muslims2
GPE | المملكة العربية السعودية | p2_ksa2
FAC | الكعبة المشرفة | p2_kaaba
FAC | المسجد النبوي | p2_prophetmosque
NORP | الإسلام | p2_islam1
NORP | الإسلام | p2_islam2
NORP | المسلمين | p2_muslims3
NORP | الإسلامية | p2_islamic
NORP | الإسلام | p2_islam3
NORP | المسلمين | p2_muslims4
REL | LOCATED_IN | p2_kaaba | p2_ksa2
REL | LOCATED_IN | p2_prophetmosque | p2_ksa2

@P3
NORP | المسلمين | p3_muslims1
NORP | الإسلامية | p3_islamic
NORP | الإسلام | p3_islam
NORP | المسلمين | p3_muslims2

@P4
NORP | المسلمين | p4_muslims
DATE | يوم الخميس | p4_thursday
ORG | قوات الطوارئ | p4_emergency
GPE | أبها | p4_abha
GPE | القديح | p4_qudaih
LOC | العنود | p4_anoud
GPE | المنطقة الشرقية | p4_eastern
REL | LOCATED_IN | p4_emergency | p4_abha
REL | LOCATED_IN | p4_qudaih | p4_eastern
REL | LOCATED_IN | p4_anoud | p4_eastern

@P5
NORP | الإسلام | p5_islam1
GPE | المملكة العربية السعودية | p5_ksa1
NORP | الإسلام | p5_islam2
NORP | السعودية | p5_saudi1
NORP | السعودية | p5_saudi2
GPE | المملكة العربية السعودية | p5_ksa2

@P6
GPE | العراق | p6_iraq
PER | المالكي | p6_maliki
GPE | لبنان | p6_lebanon
NORP | السعودي | p6_saudi
NORP | الأمريكي | p6_us
NORP | اليمنية | p6_yemeni
