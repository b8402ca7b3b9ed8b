# saudinewsnet_part010_0981 (annotator56)
# "السلطة الشرعية", "السلطة المحلية", "القيادة العسكرية", bare "المقاومة", "الحكومة", "الرئيس", "المدينة" are common-noun references; "مكتب الرئيس" is a title's office, not a named body.
@P1
GPE | عدن | p1_aden

@P2
ORG | الاقتصادية | p2_eqt
GPE | اليمن | p2_yemen
NORP | الحوثية | p2_houthi1
GPE | عدن | p2_aden1
PER | عبد الخالق الحوثي | p2_abdulkhaliq
PER | عبد الكريم الحوثي | p2_abdulkarim
PER | قناف | p2_qanaf
NORP | الحوثي | p2_houthi2
GPE | عدن | p2_aden2
GPE | عدن | p2_aden3
# "عدد من القيادات الحوثية ... من أبرزهم" lists Houthi leaders: ROLE to the group's NORP, one per listed name; their capture is enforcement (no relation)
REL | ROLE | p2_abdulkhaliq | p2_houthi1
REL | ROLE | p2_abdulkarim | p2_houthi1
REL | ROLE | p2_qanaf | p2_houthi1

@P3
ORG | الاقتصادية | p3_eqt
PER | مختار الرحبي | p3_rahbi
NORP | اليمني | p3_yemeni
PER | عبد ربه منصور هادي | p3_hadi
DATE | يوم أمس الأحد | p3_sunday
GPE | عدن | p3_aden1
ORG | الحكومة اليمنية | p3_gov
GPE | اليمن | p3_yemen1
GPE | اليمن | p3_yemen2
GPE | عدن | p3_aden2
GPE | عدن | p3_aden3
REL | ROLE | p3_hadi | p3_yemeni
# press secretary in the Yemeni president's office: the title names the nationality of the body he works for
REL | ROLE | p3_rahbi | p3_yemeni
# "ستستمر الحكومة في العودة ... إلى اليمن": "الحكومة" is الحكومة اليمنية of the previous sentence (§7.5 "الوزارة" rule); a stated plan
REL | VISIT | p3_gov | p3_yemen2
# "عودة الرئيس لعدن هي مجرد مسألة وقت": the president is Hadi, named earlier in the paragraph; a return stated as certain
REL | VISIT | p3_hadi | p3_aden2

@P4
PER | الرحبي | p4_rahbi
ORG | المقاومة الشعبية | p4_resistance
GPE | عدن | p4_aden
LOC | كريتر | p4_crater
LOC | التواهي | p4_tawahi
LOC | المعلا | p4_mualla
LOC | خور مكسر | p4_khormaksar
NORP | الحوثي | p4_houthi1
FAC | قاعدة العند الجوية | p4_anad
GPE | اليمن | p4_yemen
GPE | لحج | p4_lahj
NORP | الحوثية | p4_houthi2
REL | LOCATED_IN | p4_anad | p4_yemen

@P5
PER | الرحبي | p5_rahbi1
GPE | اليمن | p5_yemen
GPE | جيبوتي | p5_djibouti
GPE | عدن | p5_aden1
PER | الرحبي | p5_rahbi2
GPE | عدن | p5_aden2
NORP | السعودية | p5_saudi
FAC | مطار عدن | p5_airport
GPE | عدن | p5_aden3
# Saudi planes bringing relief supplies to Aden's airport: sending aid to a place (§7.3), target the city of the clause
REL | SUPPORTS | p5_saudi | p5_aden2
