# ant_v1.1_part000_0623 (annotator43)
@P1
NORP | صينية | p1_chinese
EVENT | تونس 2020 | p1_conf

@P2
NORP | صيني | p2_chinese
ORG | منظمة طريق الحرير للتعاون الثقافي والاقتصادي الدولي | p2_silkroad
GPE | تونس | p2_tunis
PER | هونغ هونغ | p2_hong
EVENT | تونس 2020 | p2_conf
DATE | يومي 29 و30 نوفمبر 2016 | p2_dates
LAW | المخطط التنموي 2016 /2020 | p2_plan
REL | ROLE | p2_hong | p2_silkroad
REL | VISIT | p2_hong | p2_tunis

@P3
NORP | الصينيين | p3_chinese1
GPE | نينغشيا | p3_ningxia
ORG | سكك الحديدية الصينية | p3_railways
ORG | الحرة لتصنيع السيارات الكهربائية | p3_alhurra
GPE | جرجيس | p3_zarzis
NORP | الصيني | p3_chinese2
ORG | مجلس التعاون التونسي الصيني | p3_council
ORG | الغرفة التجارية التونسية الصينية | p3_chamber
