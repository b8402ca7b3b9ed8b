# saudinewsnet_part020_0192 (annotator24)
@P1
GPE | إيران | p1_iran
NORP | السورية | p1_syrian

@P2
ORG | الائتلاف الوطني | p2_coalition
PER | هشام مروة | p2_marwa
NORP | الروسية | p2_russian
NORP | السوريين | p2_syrians
SKIP | الائتلاف
GPE | روسيا | p2_russia
REL | ROLE | p2_marwa | p2_coalition

@P3
PER | مروة | p3_marwa
GPE | روسيا | p3_russia1
EVENT | الثورة السورية | p3_revolution
ORG | نظام الأسد | p3_regime
NORP | الروسي | p3_russian
ORG | مجلس الأمن | p3_unsc1
GPE | سورية | p3_syria
GPE | روسيا | p3_russia2
ORG | مجلس الأمن | p3_unsc2
NORP | السوري | p3_syrian
REL | SUPPORTS | p3_russia1 | p3_regime
REL | CRITICIZES | p3_marwa | p3_russia1

@P4
NORP | السوري | p4_syrian1
ORG | النظام الإيراني | p4_iran_regime
ORG | نظام الأسد | p4_regime
SKIP | الائتلاف
GPE | إيران | p4_iran
GPE | سورية | p4_syria
GPE | اليمن | p4_yemen
NORP | الإيراني | p4_iranian
NORP | السورية | p4_syrian2
REL | CRITICIZES | p4_syrian1 | p4_iran_regime
REL | SUPPORTS | p4_iran_regime | p4_regime

@P5
ORG | الائتلاف الوطني | p5_coalition
LAW | بيان جنيف1 | p5_geneva
ORG | مجلس الأمن | p5_unsc

@P6
GPE | سورية | p6_syria1
ORG | نظام الأسد | p6_regime1
LAW | بيان جنيف | p6_geneva
NORP | السوريين | p6_syrians
GPE | سورية | p6_syria2
NORP | السوري | p6_syrian1
ORG | نظام الأسد | p6_regime2
PER | الأسد | p6_assad
NORP | السوري | p6_syrian2
