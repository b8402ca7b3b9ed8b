# saudinewsnet_part015_0994 (annotator3)
@P1
GPE | إيران | p1_iran

@P2
NORP | الإيراني | p2_iranian
PER | بيجن زنغنه | p2_zanganeh
DATE | اليوم الأحد | p2_sunday
REL | ROLE | p2_zanganeh | p2_iranian

@P3
PER | زنغنه | p3_zanganeh

@P4
NORP | الإيراني | p4_iranian

@P6
ORG | أوبك | p6_opec

@P8
ORG | أوبك | p8_opec
ORG | رويتزر | p8_reuters1
GPE | إيران | p8_iran
DATE | يوليو تموز | p8_july
ORG | رويترز | p8_reuters2

@P9
DATE | يوليو تموز | p9_july
ORG | رويترز | p9_reuters
GPE | إيران | p9_iran
