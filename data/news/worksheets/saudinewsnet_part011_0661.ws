# saudinewsnet_part011_0661 (annotator36)
@P1
GPE | اليمن | p1_yemen
GPE | صنعاء | p1_sanaa

@P2
NORP | اليمنية | p2_yemeni
GPE | صنعاء | p2_sanaa
DATE | اليوم الاثنين | p2_monday1
DATE | قبل أربعة أشهر | p2_4months
NORP | الحوثيين | p2_houthis
DATE | اليوم الاثنين | p2_monday2
GPE | مأرب | p2_marib
GPE | تعز | p2_taiz

@P3
ORG | التحالف العربي | p3_coalition
ORG | قوات الحوثي | p3_houthiforces
GPE | إيران | p3_iran
DATE | أمس الأحد | p3_sunday

@P4
GPE | عدن | p4_aden

@P5
ORG | أمم المتحدة | p5_un
PER | بان جي مون | p5_ban
REL | ROLE | p5_ban | p5_un
ORG | الوئام | p5_alweeam
GPE | اليمن | p5_yemen
GPE | صنعاء | p5_sanaa
