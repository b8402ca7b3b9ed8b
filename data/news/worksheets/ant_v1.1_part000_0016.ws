# ant_v1.1_part000_0016 (annotator6)
@P1
PER | علي الرياحي | p1_riahi
FAC | مطار قرطاج | p1_airport

@P2
PER | مقداد السهيلي | p2_souhili
PER | علي الرياحي | p2_riahi
GPE | الصين | p2_china
MONEY | 30 ألف دينار | p2_money
DATE | يوم 25 ماي المنقضي | p2_may25
FAC | مطار تونس قرطاج الدولي | p2_airport

@P3
PER | السهيلي | p3_souhili1
ORG | وكالة تونس افريقيا للأنباء | p3_tap
ORG | وزارة الشؤون الثقافية | p3_culture
ORG | جمعية الموسيقيين التونسيين | p3_assoc
NORP | صينية | p3_chinese
FAC | دار الموسيقي | p3_house1
GPE | تونس | p3_tunisia
FAC | دار الموسيقي | p3_house2
GPE | تونس العاصمة | p3_tunis
PER | علي الرياحي | p3_riahi
PER | مقداد السهيلي | p3_souhili2
ORG | رئاسة الحكومة | p3_pm_office
DATE | 31 ماي | p3_may31
REL | CRITICIZES | p3_souhili1 | p3_culture
REL | LOCATED_IN | p3_house2 | p3_tunis
