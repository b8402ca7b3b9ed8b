# ant_v1.1_part000_2216 (annotator55)
@P1
ORG | البنك الدولي | p1_wb
GPE | القصرين | p1_kasserine

@P2
ORG | المعهد التونسي للديمقراطية والتنمية | p2_itdd
ORG | جمعية منتدى الشباب لثقافة المواطنة | p2_assoc   # "جمعية" kept: "منتدى ..." alone would read as a forum (EVENT)
DATE | يوم أمس | p2_yesterday
ORG | البنك الدولي | p2_wb
GPE | القصرين | p2_kasserine

@P3
# "يمكن أن يتدخل فيها البنك الدولي لدعم التنمية" is a possibility: no SUPPORTS
ORG | البنك الدولي | p3_wb1
LOC | الشمال والوسط الغربي | p3_region      # Tunisia's North(-West) and Centre-West regions, one coordinated LOC
GPE | القصرين | p3_kasserine1
ORG | البنك العالمي | p3_wb2
PER | الصادق العياري | p3_ayari1
PER | العياري | p3_ayari2
# "مخطط التنمية" without its period and "الخماسية المقبلة" (a duration) are not annotated
ORG | حكومة التونسية | p3_gov
PERCENT | عشرة بالمائة | p3_pct
DATE | سنة 2017 | p3_2017
GPE | تونس | p3_tunisia
ORG | المعهد التونسي للديمقراطية والتنمية | p3_itdd
PER | الياس الزين | p3_zine
GPE | القصرين | p3_kasserine2
REL | LOCATED_IN | p3_kasserine1 | p3_region   # "ولايات الشمال والوسط الغربي وخصوصا بولاية القصرين"
REL | ROLE | p3_ayari1 | p3_wb2
REL | SUPPORTS | p3_wb2 | p3_gov               # "البنك يوفر ميزانيات كبرى للحكومة التونسية" ("البنك" → full mention earlier in the paragraph)
REL | ROLE | p3_zine | p3_itdd
