# saudinewsnet_part018_0210 (annotator28)
@P1
PER | المالكي | p1_maliki
NORP | السعودية | p1_saudi

@P2
PER | نوري المالكي | p2_maliki
GPE | العراق | p2_iraq
GPE | السعودية | p2_ksa
NORP | العراقية | p2_iraqi
GPE | إيران | p2_iran
REL | ROLE | p2_maliki | p2_iraq
REL | CRITICIZES | p2_maliki | p2_ksa

@P3
NORP | العراقية | p3_iraqi1
PER | صدام حسين | p3_saddam
NORP | الأميركية | p3_us
NORP | العراقي | p3_iraqi2
PER | المالكي | p3_maliki
DATE | عام 2006 | p3_2006
GPE | إيران | p3_iran
NORP | الشيعي | p3_shia
PER | علي السيستاني | p3_sistani
REL | SUPPORTS | p3_iran | p3_maliki
REL | SUPPORTS | p3_sistani | p3_maliki
REL | ROLE | p3_sistani | p3_shia

@P4
PER | المالكي | p4_maliki
PER | صدام حسين | p4_saddam
DATE | عيد الأضحى | p4_eid
ORG | الدعوة | p4_dawa
ORG | مجلس الأعلى للثورة الإسلامية | p4_sciri
NORP | السنة | p4_sunni
REL | ROLE | p4_maliki | p4_dawa

@P5
PER | المالكي | p5_maliki
NORP | العراقية | p5_iraqi
ORG | نظام بشار الأسد | p5_assad_regime
NORP | البعثي | p5_baath
REL | SUPPORTS | p5_maliki | p5_assad_regime

@P6
PER | المالكي | p6_maliki
NORP | الإيراني | p6_iranian
GPE | السعودية | p6_ksa
DATE | أغسطس الماضي | p6_august
REL | CRITICIZES | p6_maliki | p6_ksa

@P7
PER | المالكي | p7_maliki
GPE | السعودية | p7_ksa
