# ant_v1.1_part001_1988 (annotator4)
@P1
FAC | مركز حرس حلق الوادي | p1_post

@P2
ORG | محكمة تونس الابتدائية | p2_court
DATE | اليوم الأربعاء | p2_wed
DATE | العام 2013 | p2_2013
ORG | النيابة العامة | p2_prosecution

@P3
ORG | وكالة الأنباء الفرنسية | p3_afp
ORG | النيابة العمومية | p3_prosecution
FAC | مركز الحرس البحري | p3_post
GPE | حلق الوادي | p3_goulette
GPE | تونس | p3_tunis
PER | سيف الله بن حسين | p3_saifallah
PER | أبو عياض | p3_abuiyadh
ORG | انصار الشريعة | p3_ansar
REL | LOCATED_IN | p3_post | p3_goulette
REL | ROLE | p3_saifallah | p3_ansar
REL | ROLE | p3_abuiyadh | p3_ansar
