# saudinewsnet_part004_0355 (annotator41)
@P1
GPE | القصيم | p1_qassim

@P2
PER | فيصل بن مشعل بن سعود بن عبدالعزيز | p2_faisal1
GPE | القصيم | p2_qassim1
REL | ROLE | p2_faisal1 | p2_qassim1
PER | صالح بن عبدالعزيز آل الشيخ | p2_saleh1
ORG | برنامجي ضيوف خادم الحرمين الشريفين للحج والعمرة | p2_programs
REL | ROLE | p2_saleh1 | p2_programs
NORP | الإسلام | p2_islam1
NORP | المسلمين | p2_muslims1
ORG | وزارة الشؤون الإسلامية | p2_moia1
DATE | أمس | p2_yesterday
PER | صالح آل الشيخ | p2_saleh2
PER | فيصل مشعل | p2_faisal2
ORG | برنامج ضيوف خادم الحرمين الشريفين للحج | p2_prog_hajj
ORG | برنامج ضيوف خادم الحرمين الشريفين لحجاج فلسطين | p2_prog_pal
GPE | القصيم | p2_qassim2
ORG | وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد | p2_moia2
NORP | الإسلام | p2_islam2
NORP | المسلمين | p2_muslims2
NORP | مسلم | p2_muslim_m
NORP | مسلمة | p2_muslim_f
NORP | الفلسطينيين | p2_palestinians
