# saudinewsnet_part006_0042 (annotator37)
@P1
ORG | وكالة شؤون المسجد النبوي | p1_agency

@P2
ORG | وكالة الرئاسة العامة لشؤون المسجد النبوي | p2_agency1
FAC | المسجد النبوي | p2_mosque1
ORG | إدارة شؤون الزيارة | p2_dept1
ORG | وكالة شؤون المسجد النبوي | p2_agency2
PER | ياسر الجيار | p2_jayyar1
ORG | وكالة الأنباء السعودية | p2_spa
REL | ROLE | p2_jayyar1 | p2_dept1
REL | ROLE | p2_jayyar1 | p2_agency2
FAC | المسجد الحرام | p2_haram
FAC | المسجد النبوي | p2_mosque2
PER | عبدالرحمن بن عبدالعزيز السديس | p2_sudais
FAC | المسجد النبوي | p2_mosque3
PER | عبدالعزيز بن عبدالله الفالح | p2_falih
PER | سلمان بن عبدالعزيز آل سعود | p2_salman1
FAC | المسجد النبوي | p2_mosque4
ORG | إدارة شؤون الزيارة | p2_dept2
ORG | وكالة الرئاسة العامة لشؤون المسجد النبوي | p2_agency3
FAC | المسجد النبوي | p2_mosque5
PER | الجيار | p2_jayyar2
NORP | العربية | p2_arabic
NORP | الإنجليزية | p2_english
NORP | الأوردية | p2_urdu
FAC | المسجد النبوي | p2_mosque6
PER | الجيار | p2_jayyar3
FAC | المسجد النبوي | p2_mosque7
FAC | المسجد النبوي | p2_mosque8
FAC | المسجد النبوي | p2_mosque9
FAC | المسجد النبوي | p2_mosque10
FAC | المسجد النبوي | p2_mosque11
ORG | إدارة شؤون الزيارة | p2_dept3
FAC | المسجد النبوي | p2_mosque12
ORG | حكومة خادم الحرمين الشريفين | p2_gov
PER | سلمان بن عبدالعزيز آل سعود | p2_salman2
REL | ROLE | p2_salman2 | p2_gov
FAC | الحرمين الشريفين | p2_haramain
FAC | المسجد النبوي | p2_mosque13
FAC | المسجد النبوي | p2_mosque14
PER | الجيار | p2_jayyar4
ORG | وكالة الرئاسة العامة لشؤون المسجد النبوي | p2_agency4
FAC | مسجد النبوي | p2_mosque15
FAC | المسجد النبوي | p2_mosque16
FAC | المسجد النبوي | p2_mosque17
ORG | إدارة شؤون الزيارة | p2_dept4
ORG | وكالة شؤون المسجد النبوي | p2_agency5
ORG | إدارة شؤون الزيارة | p2_dept5
FAC | المسجد النبوي | p2_mosque18
FAC | المسجد النبوي | p2_mosque19
ORG | وكالة الرئاسة العامة لشؤون المسجد النبوي | p2_agency6
