# ant_v1.1_part001_0246 (annotator39)
@P2
ORG | اتحاد العام التونسي للشغل | p2_ugtt
DATE | اليوم الاثنين | p2_monday
DATE | نهاية الاسبوع المنقضي | p2_lastweek

@P3
DATE | يوم الخميس 15 ديسمبر الجاري | p3_d15
GPE | القيروان | p3_kairouan
GPE | القصرين | p3_kasserine
GPE | سليانة | p3_siliana
GPE | بنزرت | p3_bizerte
GPE | باجة | p3_beja
GPE | جندوبة | p3_jendouba
GPE | الكاف | p3_kef
DATE | يوم الثلاثاء 20 ديسمبر الجاري | p3_d20
GPE | صفاقس | p3_sfax
GPE | قابس | p3_gabes
GPE | المهدية | p3_mahdia
GPE | سيدي بوزيد | p3_sidibouzid
DATE | يوم الاربعاء 21 ديسمبر الجاري | p3_d21
GPE | نابل | p3_nabeul
GPE | زغوان | p3_zaghouan
GPE | سوسة | p3_sousse
GPE | المنستير | p3_monastir
DATE | يوم الثلاثاء 27 ديسمبر الجاري | p3_d27
GPE | تونس | p3_tunis
GPE | أريانة | p3_ariana
GPE | بن عروس | p3_benarous
GPE | منوبة | p3_manouba
DATE | يوم الاربعاء 28 ديسمبر | p3_d28
GPE | تطاوين | p3_tataouine
GPE | توزر | p3_tozeur
GPE | قبلي | p3_kebili
GPE | مدنين | p3_medenine
GPE | قفصة | p3_gafsa
