# saudinewsnet_part027_0220 (annotator58)
# "مديري الشؤون الصحية في المناطق" (the regional directorates in general), "لجنة التحقيق" (an unnamed investigation committee),
# "اللجان التفتيشية", "الجهات الصحية", "القطاع الخاص" are common nouns: not annotated.
@P1
ORG | الصحة | p1_moh                  # headline short name of the Ministry of Health (like "الحج", "مدني عسير")

@P2
ORG | وزارة الصحة | p2_moh
ORG | الوطن | p2_watan                 # "لـ"الوطن"": tatweel and quote outside
DATE | أمس | p2_yesterday
ORG | هيئة التخصصات الطبية | p2_scfhs

@P3
ORG | إدارة شؤون القطاع الصحي الخاص | p3_dept
ORG | صحة جدة | p3_jhealth              # "بصحة جدة": short name of Jeddah health affairs, one ORG (like "مدني عسير")
PER | محمد باجبير | p3_bajbir
REL | ROLE | p3_bajbir | p3_dept
REL | ROLE | p3_bajbir | p3_jhealth   # department director → the department and the agency it belongs to (§7.7)
ORG | الوطن | p3_watan
DATE | بداية رمضان الماضي | p3_ramadan  # point within a period stays in (like نهاية القرن)
ORG | لجنة المخالفات الطبية | p3_committee

@P4
PER | باجبير | p4_bajbir
ORG | صحة جدة | p4_jhealth

@P5
LAW | نظام المنشآت الصحية | p5_law1
LAW | نظام مزاولة المهن الصحية | p5_law2

@P6
GPE | جدة | p6_jeddah

@P7
ORG | إدارة شؤون القطاع الصحي الخاص | p7_dept   # title without a named person: no ROLE
