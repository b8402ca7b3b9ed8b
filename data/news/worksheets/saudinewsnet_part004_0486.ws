# saudinewsnet_part004_0486 (annotator41)
@P1
PER | ديمي مور | p1_moore

@P2
NORP | الأميركية | p2_american1
PER | ديمي مور | p2_moore1
DATE | الأحد | p2_sunday1
GPE | لوس انجلوس | p2_la
NORP | الأميركية | p2_american2
DATE | السبت | p2_saturday
PER | إيدينيلسون ستيفن فالي | p2_valle
ORG | تي ام زد | p2_tmz
PER | مور | p2_moore2
DATE | يوم الأحد | p2_sunday2
PER | مور | p2_moore3
