@P1
ORG | سفارة فلسطين | p1_emb
GPE | تونس | p1_tunisia
PER | منير الفرا | p1_munir

@P2
ORG | سفارة دولة فلسطين | p2_emb
GPE | تونس | p2_tunisia
PER | منير الفرا | p2_munir
GPE | تونس | p2_tunisia2
NORP | تونسية | p2_tun_adj
NORP | فلسطينية | p2_pal_adj
GPE | تونس | p2_tunisia3
DATE | الجمعة الماضي | p2_date
REL | LOCATED_IN | p2_emb | p2_tunisia

@P3
PER | منير الفرا | p3_munir
FAC | مقبرة الشهداء | p3_cemetery
GPE | حمام الأنف | p3_hammamlif
EVENT | غارة حمام الشط | p3_raid
GPE | فلسطين | p3_palestine
GPE | تونس | p3_tunisia
ORG | الخارجية الفلسطينية | p3_pmofa
PER | منير الفرا | p3_munir2
ORG | الصندوق القومي الفلسطيني | p3_pnf
GPE | تونس | p3_tunisia2
NORP | الفلسطيني | p3_pal
PER | محمود عباس | p3_abbas
GPE | دولة فلسطين | p3_state_pal
GPE | مملكة بلجيكا | p3_belgium
GPE | دوقية لوكسمبورغ الكبرى | p3_luxembourg
ORG | الاتحاد الأوروبي | p3_eu
PER | عبد الرحيم الفرا | p3_abdelrahim
PER | منير | p3_munir3
PER | منير الفرا | p3_munir4
PER | أبو صالح | p3_abusaleh
NORP | الفلسطينية | p3_pal2
GPE | تونس | p3_tunisia3
NORP | التونسيين | p3_tunisians
PER | ياسر عرفات | p3_arafat
GPE | تونس | p3_tunisia4
ORG | وفا | p3_wafa
NORP | الفلسطينية | p3_pal3
ORG | سفارة فلسطين | p3_emb
DATE | السبت | p3_sat
GPE | تونس | p3_tunisia5
GPE | دولة الجزائر | p3_algeria
NORP | التونسية | p3_tun2
NORP | التونسي | p3_tun3
GPE | فلسطين | p3_palestine2
GPE | تونس | p3_tunisia6
REL | LOCATED_IN | p3_cemetery | p3_hammamlif
REL | ROLE | p3_munir2 | p3_pnf
REL | LOCATED_IN | p3_pnf | p3_tunisia2
REL | ROLE | p3_abbas | p3_pal
REL | ROLE | p3_abdelrahim | p3_state_pal
REL | MEET | p3_abbas | p3_abdelrahim
