# ant_v1.1_part001_0255 (annotator32)
@P1
PER | ألفة يوسف | p1_olfa

@P2
PER | ألفة يوسف | p2_olfa
DATE | اليوم الجمعة 17 فيفري 2017 | p2_date
GPE | تونس | p2_tunisia

@P3
PER | ألفة يوسف | p3_olfa1
GPE | تونس | p3_tunisia1
PER | ألفة يوسف | p3_olfa2
DATE | السبيعينات | p3_seventies1
DATE | السبعينات | p3_seventies2
GPE | تونس | p3_tunisia2
EVENT | مهرجان قرطاج السينمائي | p3_jcc
EVENT | مهرجان قرطاج | p3_carthage
PER | فيروز | p3_fairuz
PER | صباح فخري | p3_fakhri
PER | ألفة يوسف | p3_olfa3
GPE | تونس | p3_tunisia3
