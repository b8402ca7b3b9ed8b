# saudinewsnet_part007_0292 (annotator6)
@P1
GPE | البحرين | p1_bahrain
PER | المالكي | p1_maliki
REL | CRITICIZES | p1_bahrain | p1_maliki

@P2
GPE | مملكة البحرين | p2_bahrain
PER | نوري المالكي | p2_maliki
GPE | جمهورية العراق | p2_iraq
GPE | المملكة العربية السعودية | p2_ksa
ORG | مجلس التعاون لدول الخليج العربية | p2_gcc
REL | CRITICIZES | p2_bahrain | p2_maliki
REL | ROLE | p2_maliki | p2_iraq
REL | CRITICIZES | p2_maliki | p2_ksa

@P3
ORG | وكالة أنباء البحرين | p3_bna
GPE | مملكة البحرين | p3_bahrain
ORG | مجلس التعاون | p3_gcc
GPE | جمهورية العراق | p3_iraq1
GPE | المملكة العربية السعودية | p3_ksa
NORP | العرب | p3_arabs
GPE | العراق | p3_iraq2
NORP | العربية | p3_arab
NORP | الإسلامية | p3_islamic
REL | SUPPORTS | p3_ksa | p3_iraq2

@P4
GPE | البحرين | p4_bahrain
GPE | العراق | p4_iraq1
NORP | العراقيين | p4_iraqis
PER | المالكي | p4_maliki
GPE | العراق | p4_iraq2
NORP | العربي | p4_arab
REL | CRITICIZES | p4_bahrain | p4_maliki
REL | ROLE | p4_maliki | p4_iraqis
