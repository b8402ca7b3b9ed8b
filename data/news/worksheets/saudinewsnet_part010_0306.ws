# saudinewsnet_part010_0306 (annotator18)
@P1
PER | ظريف | p1_zarif
GPE | الكويت | p1_kuwait
GPE | ايران | p1_iran
LAW | الاتفاق النووي | p1_deal
LOC | الخليج | p1_gulf
REL | VISIT | p1_zarif | p1_kuwait

@P2
NORP | الكويتي | p2_kuwaiti
PER | صباح خالد الصباح | p2_sabah
GPE | إيران | p2_iran
PER | محمد جواد ظريف | p2_zarif
FAC | مطار الكويت الدولي | p2_airport
DATE | اليوم الأحد | p2_sunday
REL | ROLE | p2_sabah | p2_kuwaiti
REL | ROLE | p2_zarif | p2_iran
REL | MEET | p2_sabah | p2_zarif
REL | VISIT | p2_zarif | p2_airport

@P3
NORP | الإيراني | p3_iranian
PER | حسين عبد اللهيان | p3_abdollahian
PER | محمد جواد ظريف | p3_zarif
GPE | كويت | p3_kuwait
ORG | مجلس التعاون الخليجي | p3_gcc
LAW | الاتفاق النووي | p3_deal
NORP | الغرب | p3_west
REL | ROLE | p3_abdollahian | p3_iranian
REL | ROLE | p3_zarif | p3_iranian
REL | VISIT | p3_zarif | p3_kuwait

@P4
PER | عبد اللهيان | p4_abdollahian
GPE | الكويت | p4_kuwait1
GPE | السعودية | p4_ksa
GPE | إيران | p4_iran1
ORG | الوئام | p4_weam
PER | ظريف | p4_zarif
GPE | الكويت | p4_kuwait2
GPE | ايران | p4_iran2
LAW | الاتفاق النووي | p4_deal
LOC | الخليج | p4_gulf
REL | VISIT | p4_zarif | p4_kuwait2
